import { describeProblem, type RejectedRow } from './import-rows'

/**
 * The rows an import refused, as a sheet to take back to Excel: the file's own header and cells as they
 * were (so the corrected sheet imports again with the same column mapping), then the row number in the
 * original file and every reason it was refused.
 */
export function rejectedRowsSheet(table: readonly (readonly string[])[], headerIndex: number, rejected: readonly RejectedRow[]): string[][] {
  const header = [...(table[headerIndex] ?? [])]
  const width = Math.max(header.length, ...rejected.map((r) => (table[r.row - 1] ?? []).length))
  const pad = (cells: readonly string[]) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill('')]
  const rows = [...rejected]
    .sort((a, b) => a.row - b.row)
    .map((r) => [...pad(table[r.row - 1] ?? []), String(r.row), r.problems.map((p) => describeProblem(r.row, p).replace(/^Baris \d+ · /, '')).join('; ')])
  return [[...pad(header), 'Baris di berkas asal', 'Alasan ditolak'], ...rows]
}
