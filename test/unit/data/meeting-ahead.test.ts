import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { PkkDatabase, setDb } from '@renderer/data/db'
import { addInvitees, createMeeting, meetingPage, meetingPageDirect, removeInvitee } from '@renderer/data/meetings-repo'
import { meetingAheadPending, readMeetingAhead, takeMeetingAhead } from '@renderer/data/meetings-hooks'
import { savePerson } from '@renderer/data/contacts-repo'
import { replaceAll } from '@renderer/data/snapshot-repo'
import { meetingPageOf, parseHash } from '@renderer/app/router'
import { RAKON } from '../../../scripts/lib/demo-office'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'
import { installFakeWindow } from '../support/fake-window'

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

let db: PkkDatabase
let meetingId: string
let organisations: number

beforeEach(async () => {
  installFakeWindow()
  db = new PkkDatabase(`rapat-dulu-${crypto.randomUUID()}`)
  const snapshot = sampleSnapshot()
  await replaceAll(db, snapshot)
  organisations = snapshot.organisations.length
  meetingId = (await createMeeting(db, RAKON)).id
  await addInvitees(db, meetingId, [...snapshot.people.map((p) => `p:${p.id}`), ...snapshot.organisations.slice(0, 2).map((o) => `o:${o.id}`)])
  setDb(db)
  await sleep(20)
})
afterEach(async () => {
  takeMeetingAhead('')
  db.close()
  await db.delete()
})

describe("the meeting page's read with IndexedDB's own requests", () => {
  test("reads what Dexie's read does: every organisation at once, or those it needs in a third wave", async () => {
    const idb = db.backendDB()
    const expected = await meetingPage(db, meetingId)
    expect(expected.invitees.filter((v) => v.kind === 'person' && v.organisationName !== '').length).toBeGreaterThan(10)
    expect(await meetingPageDirect(idb, meetingId)).toEqual(expected)
    expect(await meetingPageDirect(idb, meetingId, organisations - 1)).toEqual(expected)
    expect(await meetingPageDirect(idb, meetingId, 0)).toEqual(expected)
  })

  test('a meeting with no invitees, a meeting not there, a person invited then deleted', async () => {
    const idb = db.backendDB()
    const empty = (await createMeeting(db, { ...RAKON, title: 'Rapat kosong' })).id
    expect(await meetingPageDirect(idb, empty)).toEqual(await meetingPage(db, empty))
    expect((await meetingPageDirect(idb, empty)).invitees).toEqual([])
    expect(await meetingPageDirect(idb, 'tidak-ada')).toEqual({ meeting: null, invitees: [], profile: expect.anything() })
    const first = (await meetingPage(db, meetingId)).invitees.find((v) => v.kind === 'person')
    await db.people.delete(first?.key.slice(2) ?? '')
    const after = await meetingPageDirect(idb, meetingId)
    expect(after).toEqual(await meetingPage(db, meetingId))
    expect(after.invitees.some((v) => v.id === first?.id)).toBe(false)
  })
})

/**
 * The meeting page is read from the hash change that opens it (#/rapat/<id>), before React renders the route, and
 * the page takes that read instead of reading its own: it must be that meeting's page, taken once, and a write
 * committed after the read began makes the page read again.
 */
describe('the meeting page read at the hash change', () => {
  test("the page of the meeting asked for is taken once, with the same data as the page's own read", async () => {
    readMeetingAhead(meetingId)
    const read = takeMeetingAhead(meetingId)
    expect(read).not.toBeNull()
    await read?.promise
    expect(read?.value).toEqual(await meetingPage(db, meetingId))
    expect(read?.value?.invitees.length).toBeGreaterThan(10)
    expect(takeMeetingAhead(meetingId)).toBeNull()
  })

  test('another meeting reads its own', async () => {
    readMeetingAhead(meetingId)
    expect(takeMeetingAhead('lain')).toBeNull()
    // The one not taken is gone, not left for later.
    expect(takeMeetingAhead(meetingId)).toBeNull()
  })

  test('a write committed after the read began (an invitee removed, a person renamed) is not drawn from the read', async () => {
    const page = await meetingPage(db, meetingId)
    const [first, second] = page.invitees.filter((v) => v.kind === 'person')
    // While the read is under way.
    readMeetingAhead(meetingId)
    await removeInvitee(db, meetingId, first?.id ?? '')
    await sleep(20)
    expect(takeMeetingAhead(meetingId)).toBeNull()
    // After it was in, before the page took it.
    readMeetingAhead(meetingId)
    await sleep(50)
    const person = await db.people.get(second?.key.slice(2) ?? '')
    if (!person) throw new Error('no person')
    const { id, createdAt: _c, updatedAt: _u, ...fields } = person
    await savePerson(db, { ...fields, name: 'Ny. Nama Baru' }, id)
    await sleep(20)
    expect(takeMeetingAhead(meetingId)).toBeNull()
    // With no write in between, the read taken shows both writes.
    readMeetingAhead(meetingId)
    const taken = takeMeetingAhead(meetingId)
    await taken?.promise
    expect(taken?.value?.invitees.some((v) => v.id === first?.id)).toBe(false)
    expect(taken?.value?.invitees.find((v) => v.id === second?.id)?.name).toBe('Ny. Nama Baru')
  })
})

describe('the route waits for the read (meetingAheadPending)', () => {
  test("under way for its own meeting only, and no longer once in", async () => {
    readMeetingAhead(meetingId)
    const pending = meetingAheadPending(meetingId)
    expect(pending).not.toBeNull()
    expect(meetingAheadPending('rapat-lain')).toBeNull()
    await pending
    expect(meetingAheadPending(meetingId)).toBeNull()
    expect(takeMeetingAhead(meetingId)?.value?.meeting?.id).toBe(meetingId)
  })
})

describe('which addresses start the read', () => {
  test("the meeting's page and its steps, not its editor, attendance, minutes, sending, nor the list", () => {
    const of = (hash: string) => meetingPageOf(parseHash(hash))
    expect(of('#/rapat/m-1')).toBe('m-1')
    expect(of('#/rapat/m-1/langkah/undangan')).toBe('m-1')
    expect(of('#/rapat/m%201/langkah/data')).toBe('m 1')
    for (const hash of ['#/rapat', '#/rapat/baru', '#/rapat/tindak-lanjut', '#/rapat/m-1/ubah', '#/rapat/m-1/ubah/undangan', '#/rapat/m-1/hadir/2019-12-20', '#/rapat/m-1/notulen', '#/rapat/m-1/kirim', '#/agenda/2019', '#/beranda'])
      expect(of(hash)).toBeNull()
  })

  test('the hash change to a meeting starts its read; a move between its steps does not', async () => {
    const listeners: ((e: { oldURL: string; newURL: string }) => void)[] = []
    const w = globalThis as unknown as { window: Record<string, unknown> }
    w.window = { ...w.window, addEventListener: (type: string, fn: (e: { oldURL: string; newURL: string }) => void) => type === 'hashchange' && listeners.push(fn) }
    await import('../../../renderer/src/features/rapat/meeting-ahead')
    expect(listeners).toHaveLength(1)
    const change = (from: string, to: string) => listeners[0]?.({ oldURL: `http://x/${from}`, newURL: `http://x/${to}` })
    change('#/beranda', `#/rapat/${meetingId}`)
    expect(takeMeetingAhead(meetingId)).not.toBeNull()
    change(`#/rapat/${meetingId}/ubah`, `#/rapat/${meetingId}/langkah/data`)
    expect(takeMeetingAhead(meetingId)).not.toBeNull()
    change(`#/rapat/${meetingId}`, `#/rapat/${meetingId}/langkah/undangan`)
    expect(takeMeetingAhead(meetingId)).toBeNull()
    change('#/beranda', `#/rapat/${meetingId}/ubah`)
    expect(takeMeetingAhead(meetingId)).toBeNull()
  })
})
