import { describe, expect, test } from 'vitest'
import {
  attendanceListRows,
  attendanceRoster,
  daftarHadirData,
  daftarHadirRows,
  dayRecap,
  defaultCertifier,
  orderParticipants,
  positionAndOffice,
  presentCount,
  recapRows,
  recapSentence,
  type Participant
} from '../../../shared/meetings'
import type { Attendance, AttendanceStatus } from '../../../shared/model'
import { rakon, sampleParticipants, sampleSnapshot, sheetSettings } from '../documents/daftar-hadir-fixture'

const participant = (order: number, name: string, organisation: string, groupId = '', groupName = ''): Participant => ({
  inviteeId: `inv-${order}`,
  kind: 'person',
  order,
  name,
  position: 'Anggota',
  organisation,
  phone: '',
  groupId,
  groupName
})

// Invited in this order: an OPD head first, then the TP PKK, then another OPD, then someone without an office.
const list = [
  participant(1, 'Drs. Syafruddin Nawawi, M.Si', 'Dinas Pemberdayaan Masyarakat dan Desa', 'g-opd', 'OPD Terkait'),
  participant(2, 'Ny. Hj. Nevi Irwan Prayitno', 'TP PKK Provinsi Sumatera Barat', 'g-pkk', 'Pengurus TP PKK Provinsi'),
  participant(3, 'dr. Hj. Elvi Suryani, M.Kes', 'Dinas Kesehatan', 'g-opd', 'OPD Terkait'),
  participant(4, 'Ny. Hj. Yusnidar Nasrullah', 'TP PKK Provinsi Sumatera Barat', 'g-pkk', 'Pengurus TP PKK Provinsi'),
  participant(5, 'Ahmad Tanpa Kantor', ''),
  participant(6, 'Ir. Andre Firdaus, M.T', 'Dinas Perumahan Rakyat', 'g-opd', 'OPD Terkait')
]
const names = (ps: Participant[]) => ps.map((p) => p.name)

describe('the order of the sheet', () => {
  test('as invited', () => {
    expect(names(orderParticipants([...list].reverse(), 'undangan'))).toEqual(names(list))
  })

  test('per group, the groups in the order they were invited, invitation order within; no group last', () => {
    expect(names(orderParticipants(list, 'kelompok'))).toEqual([
      'Drs. Syafruddin Nawawi, M.Si',
      'dr. Hj. Elvi Suryani, M.Kes',
      'Ir. Andre Firdaus, M.T',
      'Ny. Hj. Nevi Irwan Prayitno',
      'Ny. Hj. Yusnidar Nasrullah',
      'Ahmad Tanpa Kantor'
    ])
  })

  test('per organisation alphabetically, the Ketua before her Wakil within the TP PKK; no organisation last', () => {
    expect(names(orderParticipants(list, 'organisasi'))).toEqual([
      'dr. Hj. Elvi Suryani, M.Kes',
      'Drs. Syafruddin Nawawi, M.Si',
      'Ir. Andre Firdaus, M.T',
      'Ny. Hj. Nevi Irwan Prayitno',
      'Ny. Hj. Yusnidar Nasrullah',
      'Ahmad Tanpa Kantor'
    ])
  })

  test('by name, without Ny., Hj., dr., Drs., Ir. in front', () => {
    expect(names(orderParticipants(list, 'nama'))).toEqual([
      'Ahmad Tanpa Kantor',
      'Ir. Andre Firdaus, M.T',
      'dr. Hj. Elvi Suryani, M.Kes',
      'Ny. Hj. Nevi Irwan Prayitno',
      'Drs. Syafruddin Nawawi, M.Si',
      'Ny. Hj. Yusnidar Nasrullah'
    ])
  })

  test('by name, as the address book sorts: drg., Hajjah, Ustadzah, Ibu and accents do not move a name', () => {
    const more = [
      participant(1, 'drg. Yuni Astuti', ''),
      participant(2, 'Hajjah Rosmawati', ''),
      participant(3, 'Ustadzah Fauziah, S.Ag', ''),
      participant(4, 'Ibu Ani', ''),
      participant(5, 'Ny. Hj. Nevi Irwan Prayitno', ''),
      participant(6, 'Émi Kurnia', ''),
      participant(7, 'Bu Dewi', '')
    ]
    expect(names(orderParticipants(more, 'nama'))).toEqual([
      'Ibu Ani',
      'Bu Dewi',
      'Émi Kurnia',
      'Ustadzah Fauziah, S.Ag',
      'Ny. Hj. Nevi Irwan Prayitno',
      'Hajjah Rosmawati',
      'drg. Yuni Astuti'
    ])
  })

  test('the sample’s 65 participants per group: the TP PKK Provinsi, then the OPD, then the TP PKK Kabupaten/Kota', () => {
    const ordered = orderParticipants(sampleParticipants(), 'kelompok')
    expect(ordered).toHaveLength(65)
    const groups = [...new Set(ordered.map((p) => p.groupName))]
    expect(groups).toEqual(['Pengurus TP PKK Provinsi', 'OPD Terkait', 'TP PKK Kabupaten/Kota'])
    expect(ordered[0]?.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
  })
})

describe('the rows of the sheet', () => {
  test('Jabatan/Instansi: the position, the office on its own line unless the position names it', () => {
    expect(positionAndOffice('Kepala Dinas', 'Dinas Pangan Provinsi Sumatera Barat')).toBe('Kepala Dinas\nDinas Pangan Provinsi Sumatera Barat')
    expect(positionAndOffice('Kepala Dinas Pangan Provinsi Sumatera Barat', 'Dinas Pangan Provinsi Sumatera Barat')).toBe('Kepala Dinas Pangan Provinsi Sumatera Barat')
    expect(positionAndOffice('', 'Dinas Pangan')).toBe('Dinas Pangan')
  })

  test('an organisation invited through its head leaves Nama empty for whoever comes', () => {
    const org: Participant = { ...participant(1, 'Kepala Dinas Kesehatan Provinsi Sumatera Barat', 'Dinas Kesehatan Provinsi Sumatera Barat'), kind: 'organisation', position: '' }
    expect(daftarHadirRows([org])).toEqual([{ name: '', position: 'Kepala Dinas Kesehatan Provinsi Sumatera Barat' }])
  })

  test('the Sekretaris certifies by default, titled after the Ketua; the sheet may name someone else', () => {
    const profile = sampleSnapshot().profile[0]
    if (!profile) throw new Error('profil')
    expect(defaultCertifier(profile)).toEqual({ title: 'Sekretaris TP PKK Provinsi Sumatera Barat', name: 'Ny. Hj. Darmawati Syahrial, S.H, M.M' })
    const own = daftarHadirData({ profile, meeting: rakon, day: '2019-12-20', participants: [], settings: sheetSettings({ certifierTitle: 'Wakil Sekretaris', certifierName: "Ny. Elly Ma'ruf Azwar, S.Sos" }) })
    expect(own.certifier).toMatchObject({ title: 'Wakil Sekretaris', name: "Ny. Elly Ma'ruf Azwar, S.Sos", placeName: 'Padang', dateIso: '2019-12-20' })
  })

  test('a meeting of two days has one sheet per day, each saying which day it is', () => {
    const profile = sampleSnapshot().profile[0]
    if (!profile) throw new Error('profil')
    const meeting = { ...rakon, dates: ['2019-12-19', '2019-12-20'] }
    const second = daftarHadirData({ profile, meeting, day: '2019-12-20', participants: list, settings: sheetSettings() })
    expect(second.dayOfMeeting).toEqual({ index: 2, count: 2 })
    expect(second.rows).toHaveLength(6)
  })
})

let seq = 0
const row = (patch: Partial<Attendance>): Attendance => ({
  id: `row-${++seq}`,
  meetingId: 'rakon',
  day: '2019-12-20',
  name: '',
  position: '',
  organisation: '',
  status: 'belum',
  delegateName: '',
  delegatePosition: '',
  note: '',
  order: seq,
  updatedAt: '2019-12-20T03:00:00.000Z',
  ...patch
})
const mark = (inviteeId: string, status: AttendanceStatus, extra: Partial<Attendance> = {}) => row({ inviteeId, status, ...extra })

describe('the recap of a day', () => {
  const rows = [
    mark('inv-1', 'hadir'),
    mark('inv-2', 'hadir'),
    mark('inv-3', 'diwakili', { delegateName: 'Ns. Yuliarni Syafrita, S.Kep', delegatePosition: 'Kepala Bidang Kesehatan Masyarakat' }),
    mark('inv-4', 'izin', { note: 'Tugas luar daerah' }),
    // inv-5 not recorded yet, inv-6 recorded absent
    mark('inv-6', 'tidak-hadir'),
    row({ name: 'Rina Marlina', organisation: 'TP PKK Kota Bukittinggi', status: 'hadir' }),
    // an invitee taken off the list after being recorded
    mark('inv-99', 'hadir', { name: 'Orang Lama', organisation: 'Dinas Lama' })
  ]
  const roster = attendanceRoster(list, rows)

  test('lists the invitees (unrecorded ones as belum), then walk-ins, then records of removed invitees', () => {
    expect(roster.map((e) => [e.name, e.status, e.walkIn, e.removed])).toEqual([
      ['Drs. Syafruddin Nawawi, M.Si', 'hadir', false, false],
      ['Ny. Hj. Nevi Irwan Prayitno', 'hadir', false, false],
      ['dr. Hj. Elvi Suryani, M.Kes', 'diwakili', false, false],
      ['Ny. Hj. Yusnidar Nasrullah', 'izin', false, false],
      ['Ahmad Tanpa Kantor', 'belum', false, false],
      ['Ir. Andre Firdaus, M.T', 'tidak-hadir', false, false],
      ['Rina Marlina', 'hadir', true, false],
      ['Orang Lama', 'hadir', false, true]
    ])
    expect(roster[4]?.rowId).toBeUndefined()
  })

  test('counts invited, present, represented, excused, absent, not recorded and walk-ins, in total', () => {
    const r = dayRecap(roster)
    expect(r.total).toEqual({ diundang: 6, hadir: 2, diwakili: 1, izin: 1, tidakHadir: 1, belum: 1, tidakTerdaftar: 1, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 })
    expect(presentCount(r.total)).toBe(4)
    expect(r.removed).toBe(1)
  })

  test('and per organisation, in the order they first appear; without an organisation under its own line', () => {
    const r = dayRecap(roster)
    expect(r.organisations.map((o) => [o.organisation, o.counts.diundang, o.counts.hadir + o.counts.diwakili, o.counts.tidakTerdaftar])).toEqual([
      ['Dinas Pemberdayaan Masyarakat dan Desa', 1, 1, 0],
      ['TP PKK Provinsi Sumatera Barat', 2, 1, 0],
      ['Dinas Kesehatan', 1, 1, 0],
      ['(Tanpa instansi)', 1, 0, 0],
      ['Dinas Perumahan Rakyat', 1, 0, 0],
      ['TP PKK Kota Bukittinggi', 0, 0, 1]
    ])
  })

  test('says it in one sentence for the minutes', () => {
    expect(recapSentence(dayRecap(roster).total)).toBe(
      'Diundang 6 orang; hadir 3 orang (2 hadir sendiri, 1 diwakili), 1 izin, 1 tidak hadir, 1 belum dicatat; ditambah 1 peserta tidak terdaftar.'
    )
  })

  test('exports the recap with a Jumlah row and the list with the delegate and the walk-in marked', () => {
    const recap = recapRows(dayRecap(roster))
    expect(recap.at(-1)).toEqual(['', 'Jumlah', 6, 2, 1, 1, 1, 1, 1, 4, 0, 0, 0])
    const listRows = attendanceListRows(roster)
    expect(listRows).toHaveLength(7)
    expect(listRows[2]).toEqual([3, 'dr. Hj. Elvi Suryani, M.Kes', 'Anggota', 'Dinas Kesehatan', 'Diwakili', 'Ns. Yuliarni Syafrita, S.Kep', 'Kepala Bidang Kesehatan Masyarakat', '', ''])
    expect(listRows[3]?.[8]).toBe('Tugas luar daerah')
    expect(listRows[6]?.[8]).toBe('Tidak terdaftar dalam undangan')
  })
})

describe('the headless renderer', () => {
  test('makes one Daftar Hadir per meeting day, with the saved settings or the defaults', async () => {
    const { meetingDocuments } = await import('../../../shared/meetings')
    const snapshot = sampleSnapshot()
    const meeting = { ...rakon, dates: ['2019-12-19', '2019-12-20'] }
    const invitees = snapshot.people.slice(0, 3).map((p, i) => ({ id: `inv-${i}`, meetingId: meeting.id, key: `p:${p.id}`, kind: 'person' as const, personId: p.id, order: i + 1, createdAt: meeting.createdAt }))
    const docs = meetingDocuments({ ...snapshot, meetings: [meeting], invitees }, meeting).filter((d) => d.fileName.startsWith('Daftar Hadir'))
    expect(docs.map((d) => d.fileName)).toEqual([
      'Daftar Hadir 2019-12-19 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
      'Daftar Hadir 2019-12-20 Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
    ])
    // No invitees, no sheet.
    expect(meetingDocuments({ ...snapshot, meetings: [meeting], invitees: [] }, meeting).filter((d) => d.fileName.startsWith('Daftar Hadir'))).toEqual([])
  })
})
