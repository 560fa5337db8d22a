import { describe, expect, test } from 'vitest'
import type { Letter } from '@shared/model'
import { compareRegister, formatDateShort, matchesSearch, newestPageByDate, registerFileName, registerRows } from '@shared/numbering'

const letter = (over: Partial<Letter>): Letter => ({
  id: over.number ?? 'x',
  code: 'SKR',
  counterKey: 'SKR',
  year: 2019,
  seq: 1,
  insert: 0,
  number: '',
  date: '2019-12-17',
  kepada: '',
  perihal: 'Undangan',
  lampiran: '',
  tembusan: '',
  status: 'aktif',
  cancelReason: '',
  source: 'app',
  documentKind: '',
  createdAt: '2019-12-17T02:00:00.000Z',
  updatedAt: '2019-12-17T02:00:00.000Z',
  ...over
})

describe('the Buku Agenda Surat Keluar', () => {
  const decree = letter({ code: 'KEP', counterKey: 'KEP', seq: 22, number: '22/KEP/PKK-PROP/XII/2019', date: '2019-12-16', perihal: 'Panitia Rapat Konsultasi' })
  const invitation = letter({ seq: 296, number: '296/SKR/PKK-PROP/XII/2019', kepada: 'Kepala OPD terkait', perihal: 'Undangan Rapat Konsultasi' })
  const cancelled = letter({ seq: 297, number: '297/SKR/PKK-PROP/XII/2019', date: '2019-12-18', status: 'batal', cancelReason: 'Salah alamat' })

  test('runs by date and numbers its rows', () => {
    const rows = registerRows([cancelled, invitation, decree])
    expect(rows.map((r) => [r.no, r.number])).toEqual([
      [1, '22/KEP/PKK-PROP/XII/2019'],
      [2, '296/SKR/PKK-PROP/XII/2019'],
      [3, '297/SKR/PKK-PROP/XII/2019']
    ])
    expect(rows[2]?.keterangan).toBe('Batal: Salah alamat')
    expect(rows[2]?.cancelled).toBe(true)
  })
  test('search finds by number, addressee and subject, ignoring case', () => {
    expect(matchesSearch(invitation, 'opd')).toBe(true)
    expect(matchesSearch(invitation, '296/skr')).toBe(true)
    expect(matchesSearch(invitation, 'rapat undangan')).toBe(true)
    expect(matchesSearch(decree, 'undangan')).toBe(false)
    expect(matchesSearch(cancelled, 'salah')).toBe(true)
  })
  test('dates as agenda books write them, and a safe file name', () => {
    expect(formatDateShort('2019-12-07')).toBe('07-12-2019')
    expect(registerFileName(2019)).toBe('agenda-surat-keluar-2019')
    expect(registerFileName(2019, 'POKJA IV')).toBe('agenda-surat-keluar-2019-POKJA-IV')
  })
})

describe('the newest page from one read by date', () => {
  // Dates 1–20 December, three letters a date; read newest date first with the id order a date index gives (not the number order).
  const all = Array.from({ length: 60 }, (_, i) => {
    const day = Math.floor(i / 3) + 1
    const seq = i + 1
    return letter({ id: `id-${String(60 - i).padStart(2, '0')}`, seq, number: `${seq}/SKR`, date: `2019-12-${String(day).padStart(2, '0')}` })
  })
  const byDateNewestFirst = (ls: Letter[]) => [...ls].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : -1))
  const numbers = (ls: Letter[] | null) => ls?.map((l) => l.number) ?? null
  const book = [...all].sort(compareRegister)

  test('past the page’s oldest date, the page is the newest of the book', () => {
    // Ten read of a page of 5: the entries after the oldest date reached (day 17) are 8, enough for 5.
    const read = byDateNewestFirst(all).slice(0, 10)
    expect(numbers(newestPageByDate(read, 5, 10))).toEqual(numbers(book.slice(-5)))
  })

  test('a page that needs the oldest date reached, which may have more entries than were read: null', () => {
    // Seven read of a page of 7: day 18's last entry was cut off.
    expect(newestPageByDate(byDateNewestFirst(all).slice(0, 7), 7, 7)).toBeNull()
    // Six entries after the cut-off date (days 19–20), a page of 6: enough.
    expect(numbers(newestPageByDate(byDateNewestFirst(all).slice(0, 7), 6, 7))).toEqual(numbers(book.slice(-6)))
  })

  test('fewer than asked: the whole year was read, and the page is its newest', () => {
    const few = byDateNewestFirst(all.slice(0, 8))
    expect(numbers(newestPageByDate(few, 5, 10))).toEqual(numbers(book.slice(3, 8)))
    expect(numbers(newestPageByDate([], 5, 10))).toEqual([])
  })
})
