import 'fake-indexeddb/auto'
import { expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { correctDocument, issueDocument, saveDocumentDraft } from '../../../renderer/src/data/document-commands'
import { addDefaultLetterCodes } from '../../../renderer/src/data/letters-settings-repo'
import { loadMeetingStepStates } from '../../../renderer/src/data/meeting-steps'
import { addInvitees, createMeeting, updateMeeting } from '../../../renderer/src/data/meetings-repo'
import { defaultUndanganDraft, meetingStepSummary } from '../../../shared/meetings'
import { ketuaSigner, type MeetingFields } from '../../../shared/model'
import { freshName, seedOffice } from './letters-support'

const fields = (title: string): MeetingFields => ({
  title,
  kind: 'rapat-koordinasi',
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
})
const now = '2019-12-10T02:00:00.000Z'

test('the states of two meetings read from the database: one issued and then changed, one with a draft only', async () => {
  const db = new PkkDatabase(freshName('langkah'))
  await seedOffice(db)
  await addDefaultLetterCodes(db)
  for (const id of ['p1', 'p2', 'p3']) {
    await db.people.add({ id, name: `Peserta ${id}`, position: 'Ketua Pokja', phone: '', email: '', groupIds: [], notes: '', createdAt: now, updatedAt: now } as never)
  }
  const a = await createMeeting(db, fields('Rapat Koordinasi A'))
  const b = await createMeeting(db, fields('Rapat Koordinasi B'))
  await addInvitees(db, a.id, ['p:p1', 'p:p2'])
  const draft = { ...defaultUndanganDraft(a, '2019-12-17', 2), mode: 'daftar-terlampir' as const }
  const letter = await issueDocument(db, a.id, 'undangan', draft)
  await saveDocumentDraft(db, b.id, 'undangan', defaultUndanganDraft(b, '2019-12-17', 0))

  let states = await loadMeetingStepStates(db, [a, b])
  expect(states.get(a.id)?.undangan).toEqual({ kind: 'terbit', number: letter.number, text: `terbit nomor ${letter.number}` })
  expect(states.get(a.id)?.data.text).toBe('2 diundang')
  expect(meetingStepSummary(states.get(b.id)!)).toBe('Undangan draf · Keputusan belum dibuat · Daftar hadir belum ada peserta · Notulen belum dibuat')

  // A third invitee after issue: the invitation printed two; it asks for a correction.
  await addInvitees(db, a.id, ['p:p3'])
  states = await loadMeetingStepStates(db, [a, b])
  expect(states.get(a.id)?.undangan.kind).toBe('perlu-koreksi')
  expect(states.get(b.id)?.undangan.kind).toBe('draf')

  // The correction under the same number: issued again, with what it prints now.
  await correctDocument(db, a.id, 'undangan', draft)
  states = await loadMeetingStepStates(db, [a, b])
  expect(states.get(a.id)?.undangan).toEqual({ kind: 'terbit', number: letter.number, text: `terbit nomor ${letter.number}` })

  // The meeting's place changes: read from the stored meeting, as the list passes it in.
  const moved = await updateMeeting(db, a.id, { ...fields('Rapat Koordinasi A'), place: 'Hotel Santika Padang' })
  states = await loadMeetingStepStates(db, [moved])
  expect(states.get(a.id)?.undangan.kind).toBe('perlu-koreksi')
  expect(states.has(b.id)).toBe(false)
})
