import { importFieldLabel, importFields, type ColumnMapping, type ImportPlan, type PlannedRow, type RejectedRow } from '@shared/contacts'

const PREVIEW_ROWS = 8

interface PreviewRow {
  row: number
  ok?: PlannedRow
  bad?: RejectedRow
}

/** The first rows of the file as they will be imported, bad ones marked red, likely duplicates yellow. */
export function ImportPreview({ plan, rows, mapping }: { plan: ImportPlan; rows: readonly string[][]; mapping: ColumnMapping }) {
  const mappedFields = importFields.filter((f) => mapping[f] !== null)
  const previewRows = [...plan.rows.map((r): PreviewRow => ({ row: r.row, ok: r })), ...plan.rejected.map((r): PreviewRow => ({ row: r.row, bad: r }))]
    .sort((a, b) => a.row - b.row)
    .slice(0, PREVIEW_ROWS)
  if (previewRows.length === 0) return null
  return (
    <>
      <h3>Pratinjau {previewRows.length} baris pertama</h3>
      <div className="table-wrap preview-wrap">
        <table className="data preview">
          <thead>
            <tr>
              <th className="num">Baris</th>
              {mappedFields.map((f) => (
                <th key={f}>{importFieldLabel[f]}</th>
              ))}
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {previewRows.map((p) => {
              const raw = rows[p.row - 1] ?? []
              const badFields = new Set(p.bad?.problems.map((x) => x.field))
              return (
                <tr key={p.row} className={p.bad ? 'row-error' : p.ok?.duplicates.length ? 'row-warn' : ''}>
                  <td className="num">{p.row}</td>
                  {mappedFields.map((f) => {
                    const col = mapping[f]
                    // Show the phone as it will be stored (a restored leading 0), everything else as in the file.
                    const value = p.ok && f === 'phone' ? p.ok.draft.phone : col === null ? '' : (raw[col] ?? '')
                    const cls = [badFields.has(f) ? 'cell-error' : '', f === 'phone' ? 'nowrap' : ''].join(' ').trim()
                    return (
                      <td key={f} className={cls || undefined}>
                        <span className="clamp" title={value}>
                          {value}
                        </span>
                      </td>
                    )
                  })}
                  <td>
                    {p.bad ? (
                      <span className="status-bad">Ditolak: {p.bad.problems.map((x) => x.message).join('; ')}</span>
                    ) : p.ok?.duplicates.length ? (
                      <span className="status-warn">Mungkin ganda</span>
                    ) : (
                      <span className="status-ok">Siap</span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
