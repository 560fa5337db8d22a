import { describe, expect, test } from 'vitest'
import { checkAgainstGuard, type GuardRecord } from '@shared/guard'

const record: GuardRecord = {
  version: 1,
  updatedAt: '2019-12-20T09:00:00.000Z',
  counts: { letters: 7, people: 65, organisations: 27, meetings: 1, profile: 1 },
  counters: { '2019:SKR': 296, '2019:KEP': 22 },
  lastBackupAt: '2019-12-20T08:00:00.000Z',
  letters: []
}

describe('the empty-database guard', () => {
  test('a database Chromium reopened empty is detected and explained', () => {
    const f = checkAgainstGuard(record, { counts: {}, counters: {} })
    expect(f?.lines).toContain('Tercatat 7 surat di Buku Agenda, sekarang hanya 0.')
    expect(f?.lines).toContain('Penghitung nomor 2019 SKR tercatat sampai 296, sekarang 0.')
    expect(f?.lines).toContain('Tercatat 65 orang di buku alamat, sekarang tidak ada.')
  })
  test('a register that lost its last letters is detected even when contacts are all there', () => {
    const f = checkAgainstGuard(record, { counts: { ...record.counts, letters: 5 }, counters: { '2019:SKR': 294, '2019:KEP': 22 } })
    expect(f?.lines).toEqual(['Tercatat 7 surat di Buku Agenda, sekarang hanya 5.', 'Penghitung nomor 2019 SKR tercatat sampai 296, sekarang 294.'])
  })
  test('normal use is not an alarm: more letters, a few contacts deleted, no record yet', () => {
    expect(checkAgainstGuard(record, { counts: { ...record.counts, letters: 9, people: 60 }, counters: { '2019:SKR': 298, '2019:KEP': 22 } })).toBeNull()
    expect(checkAgainstGuard(null, { counts: {}, counters: {} })).toBeNull()
    expect(checkAgainstGuard({ ...record, counts: {}, counters: {} }, { counts: {}, counters: {} })).toBeNull()
  })
})
