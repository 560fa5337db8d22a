import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { ZodError } from 'zod'
import { emptyMinutes } from '@shared/meetings'
import { ketuaSigner, type MeetingFields } from '@shared/model'
import { PkkDatabase } from '@renderer/data/db'
import { addCertificate, deleteCertificate, listCertificates } from '@renderer/data/certificates-repo'
import { createMeeting } from '@renderer/data/meetings-repo'
import { addActionItem, carryActionItems, getMinutes, listActionItems, minutesRecap, saveMinutes, setActionStatus, updateActionItem } from '@renderer/data/minutes-repo'
import { storeRawAttendance, storeRawInvitees } from './rows-support'

let db: PkkDatabase
beforeEach(async () => {
  db = new PkkDatabase(`notulen-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const fields = (title: string, date: string): MeetingFields => ({
  title,
  kind: 'rapat-konsultasi',
  dates: [date],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB',
  place: 'Aula TP PKK',
  agenda: ['Pembukaan'],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: ''
})

test('the minutes of a meeting are one record, saved whole each time and read back as structured text', async () => {
  const m = await createMeeting(db, fields('Rapat Konsultasi 2019', '2019-12-20'))
  const first = emptyMinutes(m.id, undefined)
  await saveMinutes(db, { ...first, pembukaan: [{ type: 'paragraph', runs: [{ text: 'Rapat dibuka', bold: true }] }] }, new Date('2019-12-20T02:00:00Z'))
  await saveMinutes(db, { ...first, kesimpulan: ['Rapat berkala'] }, new Date('2019-12-20T02:00:01Z'))
  const saved = await getMinutes(db, m.id)
  expect(saved?.kesimpulan).toEqual(['Rapat berkala'])
  expect(saved?.pembukaan).toEqual([])
  expect(saved?.updatedAt).toBe('2019-12-20T02:00:01.000Z')
  expect(await db.minutes.count()).toBe(1)
  await expect(saveMinutes(db, { ...first, meetingId: 'tidak-ada' })).rejects.toThrow(/Rapat tidak ditemukan/)
  await expect(saveMinutes(db, { ...first, kesimpulan: ['x'.repeat(5001)] })).rejects.toBeInstanceOf(ZodError)
})

test('follow-ups: added, edited, closed; an emptied OPD choice removes the link', async () => {
  const m = await createMeeting(db, fields('Rapat Konsultasi 2019', '2019-12-20'))
  const a = await addActionItem(db, m.id, { what: 'Menyampaikan program 2020', organisationId: 'bappeda', ownerText: '', due: '2020-01-31', status: 'terbuka' })
  await expect(addActionItem(db, m.id, { what: '  ', ownerText: '', due: '', status: 'terbuka' })).rejects.toThrow(/wajib diisi/)
  const edited = await updateActionItem(db, a.id, { organisationId: undefined, ownerText: 'Panitia Lomba' })
  expect(edited.organisationId).toBeUndefined()
  expect(edited.ownerText).toBe('Panitia Lomba')
  await setActionStatus(db, a.id, 'selesai')
  expect((await listActionItems(db, m.id)).map((i) => i.status)).toEqual(['selesai'])
})

test('open follow-ups are carried into the next meeting: its agenda grows once, each item points to it', async () => {
  const rakon = await createMeeting(db, fields('Rapat Konsultasi 2019', '2019-12-20'))
  const next = await createMeeting(db, fields('Rapat Konsultasi Awal Tahun 2020', '2020-02-14'))
  await db.organisations.add({ id: 'bappeda', name: 'Bappeda Provinsi Sumatera Barat', kind: 'opd', headTitle: '', address: '', phone: '', email: '', groupIds: [], createdAt: '', updatedAt: '' } as never)
  const a = await addActionItem(db, rakon.id, { what: 'Menyampaikan program 2020', organisationId: 'bappeda', ownerText: '', due: '2020-01-31', status: 'terbuka' })
  const done = await addActionItem(db, rakon.id, { what: 'Sudah selesai', ownerText: '', due: '', status: 'selesai' })
  expect(await carryActionItems(db, [a.id, done.id], next.id)).toEqual({ carried: 1 })
  await carryActionItems(db, [a.id], next.id)
  expect((await db.meetings.get(next.id))?.agenda).toEqual(['Pembukaan', 'Tindak lanjut: Menyampaikan program 2020 (Bappeda Provinsi Sumatera Barat)'])
  expect((await db.actionItems.get(a.id))?.carriedToMeetingId).toBe(next.id)
  expect((await db.actionItems.get(done.id))?.carriedToMeetingId).toBeUndefined()
  await expect(carryActionItems(db, [done.id], next.id)).rejects.toThrow(/Tidak ada tindak lanjut terbuka/)
  await expect(carryActionItems(db, [a.id], rakon.id)).rejects.toThrow(/Tidak ada tindak lanjut terbuka/)
})

test('the recap counts invitees and attendance of the meeting; one not recorded is not counted absent', async () => {
  const m = await createMeeting(db, fields('Rapat Konsultasi 2019', '2019-12-20'))
  await db.people.bulkAdd(['a', 'b', 'c'].map((id) => ({ id, name: `Peserta ${id}`, position: '', phone: '', email: '', groupIds: [], notes: '', createdAt: '', updatedAt: '' })))
  await storeRawInvitees(db, ['a', 'b', 'c'].map((id, i) => ({ id, meetingId: m.id, key: `p:${id}`, kind: 'person' as const, personId: id, order: i, createdAt: '' })))
  const base = { meetingId: m.id, day: '2019-12-20', name: '', position: '', organisation: '', delegateName: '', delegatePosition: '', note: '', order: 0, updatedAt: '' }
  await storeRawAttendance(db, [
    { ...base, id: 'r1', inviteeId: 'a', status: 'hadir' },
    { ...base, id: 'r2', inviteeId: 'b', status: 'izin' }
  ])
  const recap = await minutesRecap(db, m.id)
  expect(recap.meeting.total).toEqual({ diundang: 3, hadir: 1, diwakili: 0, izin: 1, tidakHadir: 0, belum: 1, tidakTerdaftar: 0, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 })
  expect(recap.days.map((d) => d.day)).toEqual(['2019-12-20'])
})

test('certificates are kept (the .p12 still encrypted) and removed', async () => {
  const c = await addCertificate(db, { label: 'TTE Ketua', p12: new Uint8Array([1, 2, 3]), subject: 'CN=Ketua', issuer: 'CN=Ketua', notBefore: '', notAfter: '', selfSigned: true })
  expect((await listCertificates(db)).map((x) => x.label)).toEqual(['TTE Ketua'])
  await expect(addCertificate(db, { label: '', p12: new Uint8Array([1]), subject: '', issuer: '', notBefore: '', notAfter: '', selfSigned: true })).rejects.toBeInstanceOf(ZodError)
  await deleteCertificate(db, c.id)
  expect(await listCertificates(db)).toEqual([])
})

test('minutes and follow-ups holding a character no font prints are refused with its name; what was saved before stays', async () => {
  const m = await createMeeting(db, fields('Rapat Konsultasi 2019', '2019-12-20'))
  const first = emptyMinutes(m.id, undefined)
  await saveMinutes(db, { ...first, kesimpulan: ['Rapat berkala ✓ 🌸'] }, new Date('2019-12-20T02:00:00Z'))
  const refused = saveMinutes(db, { ...first, kesimpulan: ['Rapat berkala ✓ 🌸', 'Tulisan 漢'] }, new Date('2019-12-20T02:00:01Z'))
  await expect(refused).rejects.toBeInstanceOf(ZodError)
  await expect(refused).rejects.toThrow('Karakter 漢 (U+6F22) tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa')
  await expect(saveMinutes(db, { ...first, pembukaan: [{ type: 'paragraph', runs: [{ text: 'Dibuka\u0007', bold: true }] }] })).rejects.toThrow(/U\+0007/)
  expect((await getMinutes(db, m.id))?.kesimpulan).toEqual(['Rapat berkala ✓ 🌸'])

  await expect(addActionItem(db, m.id, { what: 'Laporan 漢', ownerText: '', due: '', status: 'terbuka' })).rejects.toThrow(/U\+6F22/)
  const a = await addActionItem(db, m.id, { what: 'Laporan ✓', ownerText: '', due: '', status: 'terbuka' })
  await expect(updateActionItem(db, a.id, { ownerText: 'Panitia 漢' })).rejects.toThrow(/U\+6F22/)
  // A follow-up stored before the check came in still takes a change of state.
  await db.actionItems.put({ ...a, what: 'Lama 漢' })
  expect((await setActionStatus(db, a.id, 'selesai')).what).toBe('Lama 漢')
})
