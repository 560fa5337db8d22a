import { expect, test } from 'vitest'
import { describeRecovery } from '@shared/journal'

test('the screen says how many records came from the base and how many from the journal, per table', () => {
  expect(
    describeRecovery({
      fromBase: { letters: 1200, people: 340 },
      baseAtText: '4 Desember 2026 08.00',
      fromJournal: { entries: 12, written: { people: 2, meetings: 1, minutes: 1, attendance: 3, letters: 2 }, deleted: { people: 1 }, skipped: [], lastSeq: 40 },
      ignoredBytes: 0,
      baseProblem: null
    })
  ).toEqual([
    'Dari dasar jurnal (4 Desember 2026 08.00): 1.540 data (Orang 340, Surat keluar 1.200).',
    'Dari jurnal: 12 perubahan sesudahnya, 9 data ditulis (Orang 2, Surat keluar 2, Rapat 1, Kehadiran 3, Notulen 1), 1 data dihapus.'
  ])
})

test('a torn last record and unreadable entries are named; without a base the journal is all there is', () => {
  const lines = describeRecovery({
    fromBase: {},
    baseAtText: null,
    fromJournal: { entries: 0, written: {}, deleted: {}, skipped: ['catatan 7: bukan JSON'], lastSeq: 0 },
    ignoredBytes: 12,
    baseProblem: null
  })
  expect(lines[0]).toBe('Belum ada dasar jurnal: semua data berasal dari jurnal.')
  expect(lines).toContain('Tidak ada perubahan sesudah dasar jurnal.')
  expect(lines.some((l) => l.includes('terpotong'))).toBe(true)
  expect(lines.at(-1)).toBe('1 catatan jurnal tidak dapat dibaca dan dilewati: catatan 7: bukan JSON.')
})
