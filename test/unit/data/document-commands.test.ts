import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { correctDocument, issueDocument, readSources, renumberDocument, saveDocumentDraft } from '../../../renderer/src/data/document-commands'
import { getMeetingDocument } from '../../../renderer/src/data/documents-repo'
import { addDefaultLetterCodes } from '../../../renderer/src/data/letters-settings-repo'
import { addInvitees, createMeeting, removeInvitee, updateMeeting } from '../../../renderer/src/data/meetings-repo'
import { readSnapshot } from '../../../renderer/src/data/snapshot-repo'
import { thawLayout } from '../../../shared/documents/frozen-layout'
import { readDataFile, toDataFile } from '../../../shared/datafile'
import { sealedByOlderApp } from '../support/data-file'
import { defaultUndanganDraft, documentChangeKey, meetingDocuments, undanganKind } from '../../../shared/meetings'
import { ketuaSigner, meetingDocument, type MeetingFields } from '../../../shared/model'
import { freshName, seedOffice } from './letters-support'
import { allInvitees } from './rows-support'

const rakon: MeetingFields = {
  title: 'Rapat Konsultasi TP PKK dengan OPD Terkait Tahun 2019',
  kind: 'rapat-konsultasi',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB',
  place: 'Aula Kantor TP PKK Provinsi Sumatera Barat',
  agenda: ['Pembukaan'],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: ''
}
const now = '2019-12-10T02:00:00.000Z'

/** Every word a layout prints (its strings, images left out), joined by spaces. */
function layoutText(layout: unknown): string {
  const out: string[] = []
  const walk = (v: unknown, key: string) => {
    if (key === 'images') return
    if (typeof v === 'string') out.push(v)
    else if (Array.isArray(v)) v.forEach((x) => walk(x, ''))
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k)
  }
  walk(layout, '')
  return out.join(' ')
}

async function office() {
  const db = new PkkDatabase(freshName('dokumen'))
  await seedOffice(db)
  await addDefaultLetterCodes(db)
  for (const [id, name] of [['p1', 'Dra. Hj. Asmiati Rasyid, M.Pd'], ['p2', "Ni'mah Hasanah, S.Pd"], ['p3', 'Ir. Hj. Lismawarni Yunus, M.Si']] as const) {
    await db.people.add({ id, name, position: 'Ketua Pokja', organisationId: undefined, phone: '', email: '', groupIds: [], notes: '', createdAt: now, updatedAt: now } as never)
  }
  const meeting = await createMeeting(db, rakon)
  await addInvitees(db, meeting.id, ['p:p1', 'p:p2'])
  const draft = { ...defaultUndanganDraft(meeting, '2019-12-17', 2), mode: 'daftar-terlampir' as const }
  return { db, meeting, draft }
}

/** The invitation as `npm run render` and the demo print it, from the database's snapshot. */
async function printed(db: PkkDatabase, meetingId: string): Promise<string> {
  const snapshot = await readSnapshot(db)
  const meeting = snapshot.meetings.find((m) => m.id === meetingId)
  if (!meeting) throw new Error('tanpa rapat')
  const doc = meetingDocuments(snapshot, meeting).find((d) => d.fileName.startsWith('Undangan') || d.fileName.startsWith('Draf Undangan'))
  if (!doc) throw new Error('tanpa undangan')
  return layoutText(doc.layout)
}

describe('issued stays issued', () => {
  test('issuing 1/SKR freezes what prints; new dates and invitees do not change it until a correction', async () => {
    const { db, meeting, draft } = await office()
    const letter = await issueDocument(db, meeting.id, 'undangan', draft)
    expect(letter.number).toBe('1/SKR/PKK-PROP/XII/2019')
    expect(letter.kepada).toBe('2 undangan (daftar terlampir)')
    const doc = await getMeetingDocument(db, meeting.id, 'undangan')
    expect(doc?.frozen?.letterId).toBe(letter.id)
    // What the app writes, its restore reads with the same schema.
    expect(meetingDocument.safeParse(doc).success).toBe(true)

    await updateMeeting(db, meeting.id, { ...rakon, dates: ['2019-12-23'] })
    await addInvitees(db, meeting.id, ['p:p3'])
    const frozenText = await printed(db, meeting.id)
    expect(frozenText).toContain('Jumat, 20 Desember 2019')
    expect(frozenText).not.toContain('Lismawarni')
    // The card notices: the meeting's printed data no longer gives the frozen key.
    const src = await readSources(db, meeting.id)
    expect(documentChangeKey(undanganKind, src, draft)).not.toBe(doc?.frozen?.changeKey)

    const corrected = await correctDocument(db, meeting.id, 'undangan', draft)
    expect(corrected.number).toBe(letter.number)
    expect(corrected.kepada).toBe('3 undangan (daftar terlampir)')
    expect(corrected.revisions?.map((r) => [r.kind, r.kepada])).toEqual([
      ['terbit', '2 undangan (daftar terlampir)'],
      ['koreksi', '3 undangan (daftar terlampir)']
    ])
    const after = await printed(db, meeting.id)
    expect(after).toContain('Senin, 23 Desember 2019')
    expect(after).toContain('Lismawarni')
    const fresh = await getMeetingDocument(db, meeting.id, 'undangan')
    expect(documentChangeKey(undanganKind, await readSources(db, meeting.id), draft)).toBe(fresh?.frozen?.changeKey)
  })

  test('office settings change the letterhead of new drafts, never an issued letter, and never flag it', async () => {
    const { db, meeting, draft } = await office()
    await issueDocument(db, meeting.id, 'undangan', draft)
    const before = await printed(db, meeting.id)
    const profile = await db.profile.get('office')
    if (!profile) throw new Error('tanpa profil')
    await db.profile.put({ ...profile, address: 'Jalan Baru No. 9, Padang' })
    expect(await printed(db, meeting.id)).toBe(before)
    expect(before).not.toContain('Jalan Baru')
    const doc = await getMeetingDocument(db, meeting.id, 'undangan')
    expect(documentChangeKey(undanganKind, await readSources(db, meeting.id), draft)).toBe(doc?.frozen?.changeKey)
  })

  test('an issued document is not saved as a draft; a new number cancels the old one and freezes anew', async () => {
    const { db, meeting, draft } = await office()
    const first = await issueDocument(db, meeting.id, 'undangan', draft)
    await expect(saveDocumentDraft(db, meeting.id, 'undangan', { ...draft, hal: 'Undangan rapat' })).rejects.toThrow('sudah bernomor 1/SKR')
    await expect(issueDocument(db, meeting.id, 'undangan', draft)).rejects.toThrow('sudah bernomor')
    const inv = (await allInvitees(db))[0]
    if (!inv) throw new Error('tanpa undangan')
    await removeInvitee(db, meeting.id, inv.id)
    const { issued, cancelled } = await renumberDocument(db, meeting.id, 'undangan', draft)
    expect(issued.number).toBe('2/SKR/PKK-PROP/XII/2019')
    expect(cancelled).toMatchObject({ id: first.id, status: 'batal' })
    expect(cancelled.cancelReason).toContain('Diganti dengan nomor 2/SKR')
    const doc = await getMeetingDocument(db, meeting.id, 'undangan')
    expect(doc?.letterId).toBe(issued.id)
    expect(doc?.frozen?.number).toBe(issued.number)
    expect(layoutText(thawLayout(doc!.frozen!.layout))).toContain('2/SKR/PKK-PROP/XII/2019')
  })

  test('nothing is issued when the document cannot be: no invitees, or an invalid draft', async () => {
    const { db, draft } = await office()
    const empty = await createMeeting(db, { ...rakon, title: 'Rapat tanpa undangan' })
    await expect(issueDocument(db, empty.id, 'undangan', draft)).rejects.toThrow('Pilih dulu siapa yang diundang')
    const { db: db2, meeting } = await office()
    await expect(issueDocument(db2, meeting.id, 'undangan', { ...draft, hal: '' })).rejects.toThrow('Hal wajib diisi')
    expect(await db.letters.count()).toBe(0)
    expect(await db2.letters.count()).toBe(0)
  })

  test('a backup from before frozen copies (format 2) gives its issued invitation one when read; a current file is read as written', async () => {
    const { db, meeting, draft } = await office()
    const letter = await issueDocument(db, meeting.id, 'undangan', draft)
    const snapshot = await readSnapshot(db)
    const old = { ...snapshot, documents: snapshot.documents.map(({ frozen: _f, ...d }) => d) }
    const file = toDataFile(old, '0.1.0')
    const v2 = sealedByOlderApp({ ...file, version: 2 })
    const read = readDataFile(v2)
    if (!read.ok) throw new Error(JSON.stringify(read.problems))
    const doc = read.snapshot.documents.find((d) => d.kind === 'undangan')
    expect(doc?.frozen?.number).toBe(letter.number)
    expect(layoutText(thawLayout(doc!.frozen!.layout))).toContain('Jumat, 20 Desember 2019')

    const current = readDataFile(JSON.stringify(toDataFile(old, '0.1.0')))
    if (!current.ok) throw new Error(JSON.stringify(current.problems))
    expect(current.snapshot.documents.find((d) => d.kind === 'undangan')?.frozen).toBeUndefined()
  })
})
