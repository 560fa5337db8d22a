import { describe, expect, test } from 'vitest'
import type { Letter } from '@shared/model'
import { formatDateShort, matchesSearch, registerFileName, registerRows } from '@shared/numbering'

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
