import { describe, expect, test } from 'vitest'
import type { Attendance } from '@shared/model'
import { formatPersonalCode, personalCode } from '@shared/meetings'
import { checkedIn, clockInZone, registrationEntries, registrationIndex, searchRegistration } from '@shared/meetings/registration-search'

const invitees = [
  { inviteeId: 'i1', name: 'Ny. Srí Wahyuni', position: 'Ketua', organisation: 'TP PKK Kab. Agam' },
  { inviteeId: 'i2', name: 'Drs. Ahmad Yani', position: 'Kepala Dinas', organisation: 'Dinas Kesehatan' },
  { inviteeId: 'i3', name: 'Wahyu Santoso', position: 'Sekretaris', organisation: 'Dinas Pendidikan' },
  { inviteeId: 'i4', name: 'Rina Marlina', position: 'Bendahara', organisation: 'TP PKK Kota Padang' }
]
const row = (over: Partial<Attendance>): Attendance => ({
  id: 'r1',
  meetingId: 'm1',
  day: '2026-12-05',
  name: '',
  position: '',
  organisation: '',
  status: 'hadir',
  delegateName: '',
  delegatePosition: '',
  note: '',
  order: 0,
  updatedAt: '2026-12-05T01:00:00.000Z',
  ...over
})

describe('finding a participant at the meja registrasi', () => {
  const rows = [
    row({ id: 'r1', inviteeId: 'i2', arrivedAt: '2026-12-05T01:05:00.000Z' }),
    row({ id: 'w1', name: 'Yani Putri', organisation: 'Posyandu Mawar', order: 1_000_001 })
  ]
  const entries = registrationEntries('m1', invitees, rows, new Set(['r1']))
  const index = registrationIndex(entries)
  const names = (q: string) => searchRegistration(index, q).map((e) => e.name)

  test('by name, case and accents ignored, names that begin with it first', () => {
    expect(names('SRI')).toEqual(['Ny. Srí Wahyuni'])
    expect(names('wahyu')).toEqual(['Wahyu Santoso', 'Ny. Srí Wahyuni'])
    expect(names('yani')).toEqual(['Yani Putri', 'Drs. Ahmad Yani'])
  })

  test('by instansi or jabatan, every word at the start of a word', () => {
    expect(names('dinas kes')).toEqual(['Drs. Ahmad Yani'])
    expect(names('pkk')).toEqual(['Ny. Srí Wahyuni', 'Rina Marlina'])
    expect(names('ahya')).toEqual([])
    expect(names('   ')).toEqual([])
  })

  test('by the personal code on her invitation, with or without the dash, in any case', () => {
    const code = formatPersonalCode(personalCode('m1', 'i4'))
    expect(names(code.toLowerCase())).toEqual(['Rina Marlina'])
    expect(names(code.replace('-', ''))).toEqual(['Rina Marlina'])
    expect(entries.find((e) => e.inviteeId === 'i4')?.code).toBe(code)
  })

  test('who has checked in already is marked, walk-ins included, with the arrival on the office clock', () => {
    const yani = entries.find((e) => e.inviteeId === 'i2')
    expect(yani && checkedIn(yani)).toBe(true)
    expect(checkedIn(entries.find((e) => e.inviteeId === 'i1') ?? { signed: false })).toBe(false)
    expect(entries.find((e) => e.rowId === 'w1')?.walkIn).toBe(true)
    expect(clockInZone('2026-12-05T01:05:00.000Z', 'WIB')).toBe('08.05 WIB')
    expect(clockInZone('2026-12-05T16:30:00.000Z', 'WIT')).toBe('01.30 WIT')
  })

  test('500 invitees: the one meant comes first, by name or by instansi', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ inviteeId: `x${i}`, name: `Peserta Nomor ${i} Binti Ahmad`, position: 'Anggota', organisation: `Desa ${i}` }))
    const big = registrationIndex(registrationEntries('m2', many, [], new Set()))
    expect(searchRegistration(big, 'peserta nomor 42')[0]?.name).toBe('Peserta Nomor 42 Binti Ahmad')
    expect(searchRegistration(big, 'desa 499')[0]?.name).toBe('Peserta Nomor 499 Binti Ahmad')
  })
})
