import { useMemo, useState } from 'react'
import {
  describeImportDuplicate,
  describeProblem,
  emptyMapping,
  planImport,
  rejectedRowsSheet,
  validateImportRows,
  type ContactsDirectory,
  type ImportPlan
} from '@shared/contacts'
import { getDb } from '../../data/db'
import { commitImport, type ImportResult } from '../../data/contacts-repo'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { ImportMapping, selectSheet, type Selection } from './ImportMapping'
import { ImportPreview } from './ImportPreview'
import { ImportFileError, readImportFile, type ImportFile } from './read-import-file'
import { count } from './table'
import { rejectedRowsWorkbook } from './export-xlsx'
import { errorText } from '../../ui/error-text'

/**
 * Import wizard: choose a file, check the column mapping, look at the preview and at every
 * rejected row, then confirm. Nothing is written before "Impor N kontak".
 */
export function ImportDialog({ directory, onClose }: { directory: ContactsDirectory; onClose: () => void }) {
  const [file, setFile] = useState<ImportFile | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)
  const [sel, setSel] = useState<Selection>({ sheet: 0, headerIndex: 0, mapping: emptyMapping() })
  const [skipDuplicates, setSkipDuplicates] = useState(true)
  const [addToGroup, setAddToGroup] = useState('')
  const [busy, setBusy] = useState(false)
  const [commitError, setCommitError] = useState<string | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)

  const rows = file?.sheets[sel.sheet]?.rows ?? []
  const existing = useMemo(
    () => ({
      people: directory.people.map((r) => r.person),
      organisations: directory.organisations.map((r) => r.organisation),
      groups: directory.groups.map((r) => r.group)
    }),
    [directory]
  )
  // Frozen once imported, so the report keeps describing what was actually written.
  const [donePlan, setDonePlan] = useState<ImportPlan | null>(null)
  const livePlan = useMemo(
    () => (file && sel.mapping.name !== null ? planImport(validateImportRows(rows, sel.mapping, sel.headerIndex), existing) : null),
    [file, rows, sel, existing]
  )
  const plan = donePlan ?? livePlan
  const duplicates = plan?.rows.filter((r) => r.duplicates.length > 0) ?? []
  const toImport = plan?.rows.filter((r) => !(skipDuplicates && r.duplicates.length > 0)) ?? []
  const warnings = plan?.rows.flatMap((r) => r.warnings.map((w) => `Baris ${r.row} · ${w}`)) ?? []

  async function onFile(f: File | undefined) {
    if (!f) return
    setFile(null)
    setFileError(null)
    setCommitError(null)
    setResult(null)
    setDonePlan(null)
    setReading(true)
    try {
      const loaded = await readImportFile(f.name, new Uint8Array(await f.arrayBuffer()))
      setFile(loaded)
      setSel(selectSheet(loaded, loaded.suggestedSheet))
    } catch (err) {
      setFileError(err instanceof ImportFileError ? err.message : `Berkas "${f.name}" tidak bisa dibaca: ${errorText(err, 'Buka berkas itu di Excel, simpan ulang sebagai .xlsx atau .csv, lalu pilih lagi.')}`)
    } finally {
      setReading(false)
    }
  }

  // The refused rows go back to Excel as they were, with the reason beside each, to be corrected and imported again.
  const [savingRejected, setSavingRejected] = useState(false)
  const [rejectedMessage, setRejectedMessage] = useState<{ kind: 'success' | 'info' | 'error'; text: string } | null>(null)
  async function saveRejected() {
    if (!plan || !file) return
    setSavingRejected(true)
    setRejectedMessage(null)
    try {
      const data = await rejectedRowsWorkbook(rejectedRowsSheet(rows, sel.headerIndex, plan.rejected))
      const base = file.fileName.replace(/\.[^.]+$/, '')
      const r = await window.pkk.saveFile({ suggestedName: `${base} - baris ditolak.xlsx`, kind: 'xlsx', data })
      setRejectedMessage(r.saved ? { kind: 'success', text: `Baris yang ditolak tersimpan: ${r.fileName}. Perbaiki di Excel, lalu impor lagi.` } : { kind: 'info', text: 'Penyimpanan dibatalkan.' })
    } catch (err) {
      setRejectedMessage({ kind: 'error', text: `Gagal menyimpan: ${errorText(err, 'Coba sekali lagi, atau simpan ke folder lain.')}` })
    } finally {
      setSavingRejected(false)
    }
  }

  async function onImport() {
    if (!plan) return
    setBusy(true)
    setCommitError(null)
    try {
      const r = await commitImport(
        getDb(),
        toImport.map((row) => row.draft),
        addToGroup.trim() ? { addToGroup: addToGroup.trim() } : {}
      )
      setDonePlan(plan)
      setResult(r)
    } catch (err) {
      setCommitError(`Impor gagal, tidak ada yang disimpan: ${errorText(err, 'Coba impor sekali lagi.')}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    // Something chosen or typed and not imported yet: closing asks first.
    <Dialog title="Impor kontak dari Excel atau CSV" onClose={onClose} wide dirty={result === null && (file !== null || addToGroup.trim() !== '')}>
      <div className="import-step">
        <span className="step-label">1. Pilih berkas Excel (.xlsx) atau CSV</span>
        <div className="file-pick">
          <input
            id="import-file"
            type="file"
            className="file-input"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            disabled={busy || reading}
            onChange={(e) => {
              void onFile(e.target.files?.[0])
              e.target.value = ''
            }}
          />
          <label htmlFor="import-file" className="button">
            {file ? 'Pilih berkas lain…' : 'Pilih berkas…'}
          </label>
          <span className={file ? '' : 'muted'}>{file ? file.fileName : 'Belum ada berkas yang dipilih.'}</span>
        </div>
        {reading && <p className="muted">Membaca berkas…</p>}
        {fileError && <Notice kind="error">{fileError} Tidak ada data yang disimpan.</Notice>}
      </div>

      {file && !result && (
        <div className="import-step">
          <span className="step-label">2. Cocokkan kolom</span>
          <ImportMapping file={file} rows={rows} selection={sel} onChange={setSel} />
        </div>
      )}

      {plan && (
        <div className="import-step">
          <span className="step-label">{result ? 'Hasil impor' : '3. Periksa sebelum menyimpan'}</span>
          {!result && (
            <p className="import-summary" aria-live="polite">
              <span className="badge ok">{count(plan.rows.length)} baris siap</span>
              <span className={plan.rejected.length ? 'badge batal' : 'badge'}>{count(plan.rejected.length)} baris ditolak</span>
              <span className={duplicates.length ? 'badge warn' : 'badge'}>{count(duplicates.length)} kemungkinan ganda</span>
              <span className="badge">{count(plan.newOrganisations.length)} organisasi baru</span>
              <span className="badge">{count(plan.newGroups.length)} kelompok baru</span>
              {plan.emptyRows > 0 && <span className="muted">{count(plan.emptyRows)} baris kosong dilewati</span>}
            </p>
          )}
          {result && (
            <Notice kind="success">
              {count(result.people)} kontak berhasil diimpor
              {result.organisationsCreated > 0 && `, ${count(result.organisationsCreated)} organisasi baru`}
              {result.groupsCreated > 0 && `, ${count(result.groupsCreated)} kelompok baru`}.
              {plan.rejected.length > 0 && ` ${count(plan.rejected.length)} baris ditolak dan tidak diimpor; lihat daftarnya di bawah.`}
            </Notice>
          )}

          {plan.rejected.length > 0 && (
            <section aria-label="Baris yang ditolak" className="problem-list">
              <div className="page-head">
                <h3>Baris yang ditolak ({count(plan.rejected.length)}) — tidak diimpor</h3>
                <button type="button" onClick={() => void saveRejected()} disabled={savingRejected}>
                  Simpan baris yang ditolak ke Excel
                </button>
              </div>
              {rejectedMessage && <Notice kind={rejectedMessage.kind}>{rejectedMessage.text}</Notice>}
              <ul>
                {plan.rejected.map((r) =>
                  r.problems.map((problem, i) => (
                    <li key={`${r.row}-${i}`}>
                      {describeProblem(r.row, problem)}
                      {r.name && <span className="muted"> — {r.name}</span>}
                    </li>
                  ))
                )}
              </ul>
            </section>
          )}

          {duplicates.length > 0 && (
            <section aria-label="Kemungkinan ganda" className="problem-list warn">
              <h3>Kemungkinan ganda ({count(duplicates.length)})</h3>
              <ul>
                {duplicates.map((r) => (
                  <li key={r.row}>
                    Baris {r.row} · {r.draft.name} — {r.duplicates.map(describeImportDuplicate).join('; ')}
                  </li>
                ))}
              </ul>
              {!result && (
                <label className="check">
                  <input type="checkbox" checked={skipDuplicates} onChange={(e) => setSkipDuplicates(e.target.checked)} />
                  Lewati {count(duplicates.length)} baris yang kemungkinan ganda
                </label>
              )}
            </section>
          )}

          {!result && <ImportPreview plan={plan} rows={rows} mapping={sel.mapping} />}

          {warnings.length > 0 && (
            <details className="problem-list">
              <summary>Catatan ({count(warnings.length)})</summary>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </details>
          )}

          {!result && (
            <div className="import-group">
              <label htmlFor="import-group">Masukkan semua ke kelompok (boleh dikosongkan)</label>
              <input
                id="import-group"
                list="import-group-list"
                value={addToGroup}
                onChange={(e) => setAddToGroup(e.target.value)}
                placeholder="mis. Peserta Rapat Konsultasi 2019"
                autoComplete="off"
              />
              <datalist id="import-group-list">
                {directory.groups.map((g) => (
                  <option key={g.group.id} value={g.group.name} />
                ))}
              </datalist>
            </div>
          )}
          {commitError && <Notice kind="error">{commitError}</Notice>}
        </div>
      )}

      {result ? (
        <DialogFooter sticky cancel={null} primary={{ label: 'Selesai', onClick: onClose, autoFocus: true }} />
      ) : (
        <DialogFooter
          sticky
          primary={{
            label: busy ? 'Menyimpan…' : plan ? `Impor ${count(toImport.length)} kontak` : 'Impor kontak',
            disabled: !plan || toImport.length === 0 || busy,
            onClick: () => void onImport()
          }}
        />
      )}
    </Dialog>
  )
}
