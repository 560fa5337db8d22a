import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { dataFileText, readDataFile } from '../../../shared/datafile'
import { defaultUndanganDraft, ekspedisiRows, sentCount } from '../../../shared/meetings'
import { ketuaSigner, type MeetingFields } from '../../../shared/model'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { deliveriesOf, markSent, recordReceipt, unmarkSent } from '../../../renderer/src/data/deliveries-repo'
import { issueDocument, renumberDocument } from '../../../renderer/src/data/document-commands'
import { addDefaultLetterCodes } from '../../../renderer/src/data/letters-settings-repo'
import { loadMeetingStepStates } from '../../../renderer/src/data/meeting-steps'
import { addInvitees, createMeeting, deleteMeeting } from '../../../renderer/src/data/meetings-repo'
import { loadSending } from '../../../renderer/src/data/sending-data'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { freshName, seedOffice } from './letters-support'
import { meetingInvitees } from '@renderer/data/meeting-rows'

const fields: MeetingFields = {
  title: 'Rapat Koordinasi Pokja',
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
}
const now = '2019-12-10T02:00:00.000Z'

/** An office with one meeting, three invited people and its invitation issued (one letter per invitee). */
async function office() {
  const db = new PkkDatabase(freshName('kirim'))
  await seedOffice(db)
  await addDefaultLetterCodes(db)
  const phones = ['0812-3456-7890', '(0751) 705 1234', '']
  for (const [i, id] of ['p1', 'p2', 'p3'].entries()) {
    await db.people.add({ id, name: `Ibu Peserta ${i + 1}`, position: 'Ketua Pokja', phone: phones[i] ?? '', email: i === 0 ? 'peserta1@pkk.go.id' : '', groupIds: [], notes: '', createdAt: now, updatedAt: now })
  }
  const meeting = await createMeeting(db, fields)
  await addInvitees(db, meeting.id, ['p:p1', 'p:p2', 'p:p3'])
  const letter = await issueDocument(db, meeting.id, 'undangan', { ...defaultUndanganDraft(meeting, '2019-12-17', 3), mode: 'per-penerima' })
  const invitees = (await meetingInvitees(db, meeting.id)).sort((a, b) => a.order - b.order).map((i) => i.id)
  return { db, meeting, letter, invitees }
}

describe('terkirim marks in the database', () => {
  test('marks by channel against the issued number, once per channel; the Undangan step counts them', async () => {
    const { db, meeting, letter, invitees } = await office()
    const [a = '', b = '', c = ''] = invitees
    expect(await markSent(db, meeting.id, [a, b], 'whatsapp', new Date('2019-12-17T03:00:00Z'))).toBe(2)
    await markSent(db, meeting.id, [a], 'whatsapp', new Date('2019-12-17T04:00:00Z'))
    await markSent(db, meeting.id, [a], 'email', new Date('2019-12-17T04:05:00Z'))
    const rows = await deliveriesOf(db, meeting.id)
    expect(rows).toHaveLength(3)
    expect(rows.every((d) => d.letterId === letter.id)).toBe(true)
    expect(rows.find((d) => d.inviteeId === a && d.channel === 'whatsapp')?.sentAt).toBe('2019-12-17T04:00:00.000Z')
    const states = await loadMeetingStepStates(db, [meeting])
    expect(states.get(meeting.id)?.undangan.text).toBe(`terbit nomor ${letter.number}, terkirim 2 dari 3`)

    await unmarkSent(db, meeting.id, b, 'whatsapp')
    expect((await loadMeetingStepStates(db, [meeting])).get(meeting.id)?.undangan.text).toBe(`terbit nomor ${letter.number}, terkirim 1 dari 3`)
    // Nothing sent yet to c: the step says only what it said before.
    expect(sentCount(invitees, await deliveriesOf(db, meeting.id), letter.id)).toEqual({ sent: 1, total: 3 })
    void c
    db.close()
  })

  test('a send of a number later replaced by a new one no longer counts', async () => {
    const { db, meeting, invitees } = await office()
    await markSent(db, meeting.id, invitees, 'tangan')
    const doc = await db.documents.where('[meetingId+kind]').equals([meeting.id, 'undangan']).first()
    const { issued: fresh } = await renumberDocument(db, meeting.id, 'undangan', doc?.undangan)
    const states = await loadMeetingStepStates(db, [meeting])
    expect(states.get(meeting.id)?.undangan.text).toBe(`terbit nomor ${fresh.number}`)
    const data = await loadSending(db, meeting.id)
    expect(data && sentCount(data.invitees.map((v) => v.id), data.deliveries, data.letter?.id)).toEqual({ sent: 0, total: 3 })
    db.close()
  })

  test('someone not invited to the meeting is refused by a clear message and nothing is written', async () => {
    const { db, meeting, invitees } = await office()
    await expect(markSent(db, meeting.id, [invitees[0] ?? '', 'orang-lain'], 'whatsapp')).rejects.toThrow('1 penerima tidak lagi ada di daftar undangan rapat ini')
    await expect(markSent(db, 'rapat-hilang', invitees, 'whatsapp')).rejects.toThrow('Rapat tidak ditemukan')
    await expect(markSent(db, meeting.id, invitees, 'merpati' as never)).rejects.toThrow('Cara kirim tidak dikenal')
    expect(await deliveriesOf(db, meeting.id)).toHaveLength(0)
    db.close()
  })

  test('the Buku Ekspedisi receipt: who received it and when, on one hand delivery that is updated, not doubled', async () => {
    const { db, meeting, invitees } = await office()
    const [a = ''] = invitees
    await recordReceipt(db, meeting.id, a, { receiverName: 'Sdri. Rina (staf)', receivedAt: '2019-12-18T03:20:00.000Z', note: '' }, new Date('2019-12-18T05:00:00Z'))
    await recordReceipt(db, meeting.id, a, { receiverName: 'Sdri. Rina Marlina', receivedAt: '2019-12-18T03:25:00.000Z', note: 'dititip di meja piket' }, new Date('2019-12-18T06:00:00Z'))
    const rows = await deliveriesOf(db, meeting.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ channel: 'tangan', receiverName: 'Sdri. Rina Marlina', receivedAt: '2019-12-18T03:25:00.000Z', note: 'dititip di meja piket', sentAt: '2019-12-18T03:20:00.000Z' })
    await expect(recordReceipt(db, meeting.id, a, { receiverName: 'x'.repeat(201), note: '' })).rejects.toThrow()
    await expect(recordReceipt(db, meeting.id, a, { receiverName: 'Rina', receivedAt: 'kemarin', note: '' })).rejects.toThrow('Waktu diterima tidak valid')
    expect((await deliveriesOf(db, meeting.id))[0]?.receiverName).toBe('Sdri. Rina Marlina')

    const data = await loadSending(db, meeting.id)
    if (!data?.profile || !data.letter) throw new Error('data kirim tidak lengkap')
    const book = ekspedisiRows({ profile: data.profile, meeting: data.meeting, invitees: data.invitees, letter: data.letter, deliveries: data.deliveries, scope: 'semua' })
    expect(book[0]).toMatchObject({ date: '2019-12-18', receiverName: 'Sdri. Rina Marlina', keterangan: 'Diterima 18 Des 2019 10.25 WIB; dititip di meja piket', number: data.letter.number })
    db.close()
  })

  test('deliveries travel in a backup and come back from it record for record', async () => {
    const { db, meeting, invitees } = await office()
    await markSent(db, meeting.id, invitees.slice(0, 2), 'whatsapp', new Date('2019-12-17T03:00:00Z'))
    await recordReceipt(db, meeting.id, invitees[2] ?? '', { receiverName: 'Penerima Tiga', receivedAt: '2019-12-18T03:20:00.000Z', note: '' })
    const snapshot = await readSnapshot(db)
    expect(snapshot.deliveries).toHaveLength(3)
    const read = readDataFile(dataFileText(snapshot, 'uji'))
    if (!read.ok) throw new Error(JSON.stringify(read.problems))
    expect(read.snapshot.deliveries).toEqual(snapshot.deliveries)
    const other = new PkkDatabase(freshName('kirim-pulih'))
    await replaceAll(other, read.snapshot)
    expect(await deliveriesOf(other, meeting.id)).toEqual(await deliveriesOf(db, meeting.id))
    // A delivery pointing at a meeting the file does not hold is refused by the restore check.
    const broken = readDataFile(dataFileText({ ...snapshot, deliveries: snapshot.deliveries.map((d) => ({ ...d, meetingId: 'rapat-lain' })) }, 'uji'))
    expect(broken.ok).toBe(false)
    if (!broken.ok) expect(broken.problems.map((p) => p.path).join(' ')).toContain('deliveries')
    db.close()
    other.close()
  })

  test('a meeting deleted takes its deliveries with it', async () => {
    const db = new PkkDatabase(freshName('kirim-hapus'))
    await seedOffice(db)
    await db.people.add({ id: 'p1', name: 'Ibu Satu', position: '', phone: '', email: '', groupIds: [], notes: '', createdAt: now, updatedAt: now })
    const meeting = await createMeeting(db, fields)
    await addInvitees(db, meeting.id, ['p:p1'])
    const [inv] = (await meetingInvitees(db, meeting.id)).map((i) => i.id)
    await markSent(db, meeting.id, [String(inv)], 'tangan')
    expect(await deliveriesOf(db, meeting.id)).toHaveLength(1)
    await deleteMeeting(db, meeting.id)
    expect(await db.deliveries.count()).toBe(0)
    db.close()
  })
})
