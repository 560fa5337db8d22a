import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { documentFileName } from '@shared/documents/file-names'
import { safeFileName } from '@shared/ipc/contract'

describe('document file names', () => {
  test('a letter number becomes a file name the save dialog accepts', () => {
    expect(documentFileName('Undangan', '296/SKR/PKK-PROP/XII/2019')).toBe('Undangan 296-SKR-PKK-PROP-XII-2019')
    expect(documentFileName('Daftar Hadir', 'Rapat: "Konsultasi" <OPD>')).toBe('Daftar Hadir Rapat Konsultasi OPD')
    expect(documentFileName('', '   ')).toBe('Dokumen')
  })
  test('whatever the words, the name passes the IPC contract', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 4 }), (parts) => {
        const name = documentFileName(...parts)
        expect(safeFileName.safeParse(`${name}.pdf`).success, JSON.stringify(name)).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})
