import {
  columnLetter,
  findHeaderRow,
  guessColumnMapping,
  importFieldLabel,
  importFields,
  type ColumnMapping,
  type ImportField
} from '@shared/contacts'
import { Notice } from '../../ui/Notice'
import type { ImportFile } from './read-import-file'

export interface Selection {
  sheet: number
  /** Index in the sheet's rows of the header (0 = Excel row 1). */
  headerIndex: number
  mapping: ColumnMapping
}

export function selectSheet(file: ImportFile, sheet: number): Selection {
  const rows = file.sheets[sheet]?.rows ?? []
  const headerIndex = findHeaderRow(rows)
  return { sheet, headerIndex, mapping: guessColumnMapping(rows[headerIndex] ?? []) }
}

/** Step 2 of the import: which sheet, which row holds the headers, which column fills which field. */
export function ImportMapping({
  file,
  rows,
  selection: sel,
  onChange
}: {
  file: ImportFile
  rows: readonly string[][]
  selection: Selection
  onChange: (next: Selection) => void
}) {
  const headers = rows[sel.headerIndex] ?? []
  const setField = (field: ImportField, value: string) => onChange({ ...sel, mapping: { ...sel.mapping, [field]: value === '' ? null : Number(value) } })
  return (
    <>
      <div className="import-source">
        {file.sheets.length > 1 && (
          <label>
            Lembar{' '}
            <select value={sel.sheet} onChange={(e) => onChange(selectSheet(file, Number(e.target.value)))}>
              {file.sheets.map((s, i) => (
                <option key={`${i}-${s.name}`} value={i}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Judul kolom ada di baris{' '}
          <input
            type="number"
            className="narrow"
            min={1}
            max={Math.max(1, rows.length)}
            value={sel.headerIndex + 1}
            onChange={(e) => {
              const i = Math.min(Math.max(1, Number(e.target.value) || 1), Math.max(1, rows.length)) - 1
              onChange({ ...sel, headerIndex: i, mapping: guessColumnMapping(rows[i] ?? []) })
            }}
          />
        </label>
      </div>
      <div className="mapping-grid">
        {importFields.map((field) => (
          <label key={field} className="mapping">
            <span>{importFieldLabel[field]}</span>
            <select value={sel.mapping[field] ?? ''} onChange={(e) => setField(field, e.target.value)} aria-label={`Kolom untuk ${importFieldLabel[field]}`}>
              <option value="">— tidak diimpor —</option>
              {headers.map((h, i) => (
                <option key={i} value={i}>
                  {columnLetter(i)}: {h.trim() ? (h.length > 40 ? `${h.slice(0, 40)}…` : h) : '(tanpa judul)'}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {sel.mapping.name === null && (
        <Notice kind="error">
          Kolom nama tidak ditemukan di baris {sel.headerIndex + 1}. Pilih kolom yang berisi nama pada pilihan &quot;Nama&quot; di atas, atau
          ubah nomor baris judul kolom. Tidak ada data yang disimpan.
        </Notice>
      )}
    </>
  )
}
