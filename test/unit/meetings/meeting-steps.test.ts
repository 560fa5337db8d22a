import { describe, expect, test } from 'vitest'
import {
  defaultKeputusanDraft,
  defaultUndanganDraft,
  frozenCopyOf,
  keputusanKind,
  meetingStepOf,
  meetingStepStates,
  meetingStepSummary,
  stepsNeedingCorrection,
  undanganKind,
  type InviteeView,
  type MeetingStepSources
} from '@shared/meetings'
import { defaultLegalBases, ketuaSigner, type Letter, type Meeting, type MeetingDocument, type MeetingRole } from '@shared/model'
import { sumbar } from '../documents/support'

const meeting: Meeting = {
  id: 'rakon',
  title: 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
  kind: 'rapat-konsultasi',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB',
  place: 'Aula Kantor TP PKK Provinsi Sumatera Barat',
  agenda: ['Pembukaan', 'Diskusi'],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: '',
  createdAt: '2019-12-10T02:00:00.000Z',
  updatedAt: '2019-12-10T02:00:00.000Z'
}

const invitee = (i: number, name: string): InviteeView => ({
  id: `inv${i}`,
  key: `p:per${i}`,
  kind: 'person',
  name,
  position: 'Kepala Dinas Kesehatan',
  organisationName: 'Dinas Kesehatan Provinsi Sumatera Barat',
  addressee: [name, 'Kepala Dinas Kesehatan Provinsi Sumatera Barat'],
  order: i
})
const invitees = [invitee(1, 'dr. Hj. Elvi Suryani, M.Kes'), invitee(2, 'Ir. Syafrizal, MM')]
const roles: MeetingRole[] = [
  { id: 'r1', meetingId: 'rakon', group: 'panitia', roleTitle: 'Ketua', name: 'Ny. Hj. Yusnidar Nasrullah', position: 'Wakil Ketua I', topic: '', order: 1 }
]
const stamp = '2019-12-16T02:00:00.000Z'
const undanganDraft = defaultUndanganDraft(meeting, '2019-12-16', invitees.length)
const keputusanDraft = defaultKeputusanDraft({
  meeting,
  profile: sumbar,
  roles,
  legalBases: defaultLegalBases.map((text, i) => ({ id: `b${i}`, text, order: i, active: true })),
  dateIso: '2019-12-16'
})
const letter = (id: string, number: string, status: Letter['status'] = 'aktif') => ({ id, number, status })
const SKR = '296/SKR/PKK-PROP/XII/2019'
const KEP = '22/KEP/PKK-PROP/XII/2019'

const base: MeetingStepSources = { meeting, profile: sumbar, invitees, roles, documents: [], letters: [], attendance: [], minutes: null }

/** Both numbered documents issued from `src` as it is: frozen copies taken from that data. */
function issued(src: MeetingStepSources): MeetingStepSources {
  const srcs = { profile: sumbar, meeting: src.meeting, invitees: src.invitees, roles: src.roles }
  const und: MeetingDocument = {
    id: 'd1',
    meetingId: 'rakon',
    kind: 'undangan',
    undangan: undanganDraft,
    letterId: 'l1',
    frozen: frozenCopyOf(undanganKind, srcs, undanganDraft, { id: 'l1', number: SKR }, stamp),
    createdAt: stamp,
    updatedAt: stamp
  }
  const kep: MeetingDocument = {
    id: 'd2',
    meetingId: 'rakon',
    kind: 'keputusan',
    keputusan: keputusanDraft,
    letterId: 'l2',
    frozen: frozenCopyOf(keputusanKind, srcs, keputusanDraft, { id: 'l2', number: KEP }, stamp),
    createdAt: stamp,
    updatedAt: stamp
  }
  return { ...src, documents: [und, kep], letters: [letter('l1', SKR), letter('l2', KEP)] }
}

describe('the states of a meeting’s steps', () => {
  test('a new meeting without invitees: nothing made yet', () => {
    const s = meetingStepStates({ ...base, invitees: [] })
    expect(s.data).toEqual({ kind: 'belum', text: 'belum ada undangan' })
    expect(s.undangan.kind).toBe('belum')
    expect(s.keputusan.kind).toBe('belum')
    expect(s['daftar-hadir']).toEqual({ kind: 'belum', text: 'belum ada peserta' })
    expect(s.notulen).toEqual({ kind: 'belum', text: 'belum dibuat' })
    expect(meetingStepSummary(s)).toBe('Undangan belum dibuat · Keputusan belum dibuat · Daftar hadir belum ada peserta · Notulen belum dibuat')
  })

  test('invitees make the data step and the attendance sheet ready', () => {
    const s = meetingStepStates(base)
    expect(s.data).toEqual({ kind: 'siap', text: '2 diundang' })
    expect(s['daftar-hadir']).toEqual({ kind: 'siap', text: 'siap dicetak' })
  })

  test('saved wording without a number is a draft', () => {
    const doc: MeetingDocument = { id: 'd1', meetingId: 'rakon', kind: 'undangan', undangan: undanganDraft, createdAt: stamp, updatedAt: stamp }
    expect(meetingStepStates({ ...base, documents: [doc] }).undangan).toEqual({ kind: 'draf', text: 'draf' })
  })

  test('issued documents show their numbers while the meeting’s data is what they printed', () => {
    const s = meetingStepStates(issued(base))
    expect(s.undangan).toEqual({ kind: 'terbit', number: SKR, text: `terbit nomor ${SKR}` })
    expect(s.keputusan).toEqual({ kind: 'terbit', number: KEP, text: `terbit nomor ${KEP}` })
    expect(stepsNeedingCorrection(s)).toEqual([])
  })

  test('a change of the place after issue asks for a correction of the invitation, not of the decree', () => {
    const after = { ...issued(base), meeting: { ...meeting, place: 'Hotel Santika Padang' } }
    const s = meetingStepStates(after)
    expect(s.undangan).toEqual({ kind: 'perlu-koreksi', number: SKR, text: `perlu koreksi (nomor ${SKR})` })
    expect(s.keputusan.kind).toBe('terbit')
    expect(stepsNeedingCorrection(s)).toEqual(['undangan'])
  })

  test('another invitee after issue asks for a correction of the invitation; a new committee member, of the decree', () => {
    const more = meetingStepStates({ ...issued(base), invitees: [...invitees, invitee(3, 'Drs. Hendri')] })
    expect(more.undangan.kind).toBe('perlu-koreksi')
    expect(more.keputusan.kind).toBe('terbit')
    const committee = meetingStepStates({ ...issued(base), roles: [...roles, { ...roles[0]!, id: 'r2', name: 'Ny. Hj. Rosnida', order: 2 }] })
    expect(committee.keputusan).toEqual({ kind: 'perlu-koreksi', number: KEP, text: `perlu koreksi (nomor ${KEP})` })
    expect(committee.undangan.kind).toBe('terbit')
  })

  test('a number cancelled in the register leaves a draft to issue again', () => {
    const src = issued(base)
    const s = meetingStepStates({ ...src, letters: [letter('l1', SKR, 'batal'), letter('l2', KEP)] })
    expect(s.undangan).toEqual({ kind: 'draf', text: 'draf' })
    expect(s.keputusan.kind).toBe('terbit')
  })

  test('a document issued before frozen copies existed stays issued (nothing to compare with)', () => {
    const src = issued(base)
    const documents = src.documents.map(({ frozen: _f, ...d }) => d)
    const s = meetingStepStates({ ...src, documents, meeting: { ...meeting, place: 'Hotel Santika Padang' } })
    expect(s.undangan.kind).toBe('terbit')
  })

  test('attendance marked and conclusions written complete their steps', () => {
    const s = meetingStepStates({ ...base, attendance: [{ status: 'belum' }, { status: 'hadir' }], minutes: { kesimpulan: ['Program disepakati.', ' '] } })
    expect(s['daftar-hadir']).toEqual({ kind: 'selesai', text: 'kehadiran dicatat' })
    expect(s.notulen).toEqual({ kind: 'selesai', text: '1 kesimpulan' })
    const unmarked = meetingStepStates({ ...base, attendance: [{ status: 'belum' }], minutes: { kesimpulan: [] } })
    expect(unmarked['daftar-hadir'].kind).toBe('siap')
    expect(unmarked.notulen).toEqual({ kind: 'draf', text: 'draf, belum ada kesimpulan' })
  })

  test('the one-line summary names each document with its state', () => {
    const s = meetingStepStates({ ...issued(base), minutes: { kesimpulan: ['a', 'b'] } })
    expect(meetingStepSummary(s)).toBe(`Undangan terbit nomor ${SKR} · Keputusan terbit nomor ${KEP} · Daftar hadir siap dicetak · Notulen 2 kesimpulan`)
  })
})

describe('the step in the page’s address', () => {
  test('names a step, or falls back to the meeting’s data', () => {
    expect(meetingStepOf('keputusan')).toBe('keputusan')
    expect(meetingStepOf('daftar-hadir')).toBe('daftar-hadir')
    expect(meetingStepOf(undefined)).toBe('data')
    expect(meetingStepOf('hadir')).toBe('data')
  })
})
