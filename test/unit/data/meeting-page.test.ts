import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { PkkDatabase } from '@renderer/data/db'
import { addInvitees, createMeeting, inviteeViews, meetingPage } from '@renderer/data/meetings-repo'
import { replaceAll } from '@renderer/data/snapshot-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { sampleSnapshot } from '../documents/daftar-hadir-fixture'

let db: PkkDatabase
let meetingId: string
let organisations: number

beforeEach(async () => {
  db = new PkkDatabase(`halaman-rapat-${crypto.randomUUID()}`)
  const snapshot = sampleSnapshot()
  await replaceAll(db, snapshot)
  organisations = snapshot.organisations.length
  meetingId = (await createMeeting(db, RAKON)).id
  // People (most with an organisation of their own) and two organisations addressed to their heads.
  await addInvitees(db, meetingId, [...snapshot.people.map((p) => `p:${p.id}`), ...snapshot.organisations.slice(0, 2).map((o) => `o:${o.id}`)])
})
afterEach(async () => {
  db.close()
  await db.delete()
})

test('the meeting page reads the same invitees whether it reads every organisation at once or only those it needs', async () => {
  expect(organisations).toBeGreaterThan(2)
  const expected = await inviteeViews(db, meetingId)
  const withOrganisation = expected.filter((v) => v.kind === 'person' && v.organisationName !== '')
  expect(withOrganisation.length).toBeGreaterThan(10)
  expect(expected.filter((v) => v.kind === 'organisation')).toHaveLength(2)
  // Every organisation in one request (the office has fewer than the limit), and one request per organisation.
  const all = await meetingPage(db, meetingId)
  const some = await meetingPage(db, meetingId, organisations - 1)
  expect(all.invitees).toEqual(expected)
  expect(some.invitees).toEqual(expected)
  expect(all.meeting?.id).toBe(meetingId)
  expect(all.profile).not.toBeNull()
})
