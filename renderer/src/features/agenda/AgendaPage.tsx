import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import type { Letter } from '@shared/model'
import { REGISTER_PAGE, registerFileName, registerRows, type RegisterRow } from '@shared/numbering'
import { getDb } from '../../data/db'
import { useProfile } from '../../data/hooks'
import { useAfterPaint } from '../../data/after-paint'
import { readRegisterAhead, useCounterSummaries, useLetterCodes, useRegisterPage, useRegisterYears } from '../../data/letters-hooks'
import { listLetters } from '../../data/letters-repo'
import { registerWorkbook } from '../../data/letters-export'
import { Notice } from '../../ui/Notice'
import { CancelDialog } from './CancelDialog'
import { EditDialog } from './EditDialog'
import { EkspedisiDialog } from './EkspedisiDialog'
import { IssueDialog } from './IssueDialog'
import { ManualDialog } from './ManualDialog'
import { RegisterTable } from './RegisterTable'
import { officeToday } from './ui-helpers'
import { errorText } from '../../ui/error-text'
import { settingsHref } from '../pengaturan/sections'
import { parseHash } from '../../app/router'

/** The PDF of the register is built elsewhere; the lead wires it here. */
export type PrintRegisterPdf = (rows: RegisterRow[], filter: { year: number; code?: string; search?: string }) => Promise<void>

type OpenDialog = { kind: 'issue' } | { kind: 'manual' } | { kind: 'edit'; letter: Letter } | { kind: 'cancel'; letter: Letter } | null

/** The year the register opens at: the address's (`#/agenda/2019`), or the office's current year. */
const openingYear = (params: string[], currentYear: number) => (/^\d{4}$/.test(params[0] ?? '') ? Number(params[0]) : currentYear)

// Once this page's code is loaded, a move to the register (from Beranda, the sidebar, a link) starts reading
// the year's newest page at the hash change, before React renders the page; the page takes that read. The
// year is the one the page's first render picks (the profile is not read yet then: WIB's today).
window.addEventListener('hashchange', () => {
  const route = parseHash(location.hash)
  if (route.page === 'agenda') readRegisterAhead(openingYear(route.params, Number(officeToday(undefined).slice(0, 4))))
})

/** Agenda Surat: the Buku Agenda Surat Keluar, and where numbers are taken. `#/agenda/2019` opens that year. */
export function AgendaPage({ params, onPrintPdf }: { params: string[]; onPrintPdf?: PrintRegisterPdf }) {
  const profile = useProfile()
  const today = officeToday(profile)
  const currentYear = Number(today.slice(0, 4))
  const [year, setYear] = useState(() => openingYear(params, currentYear))
  const [code, setCode] = useState('')
  const [search, setSearch] = useState('')
  const deferredSearch = useDeferredValue(search)
  const [dialog, setDialog] = useState<OpenDialog>(null)
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [ekspedisi, setEkspedisi] = useState(false)

  // How many of the year's newest entries are read and shown; back to one page when the year or code changes.
  const [shown, setShown] = useState({ key: '', count: REGISTER_PAGE })
  const shownKey = `${year}|${code}`
  const limit = shown.key === shownKey ? shown.count : REGISTER_PAGE
  const page = useRegisterPage({ year, code: code || undefined, search: deferredSearch }, limit)
  const codes = useLetterCodes()
  // Read once the rows are on the screen (the frame after their first commit), not beside them: their
  // replies and the counter line's render would otherwise run before that frame and hold it back.
  const ready = useAfterPaint(page !== undefined ? true : null) === true
  const years = useRegisterYears(currentYear, ready)
  const counters = useCounterSummaries(year, ready)
  const rows = useMemo(() => (page ? registerRows(page.letters, page.firstNo) : []), [page])
  const total = page?.total ?? 0
  const activeCodes = (codes ?? []).filter((c) => c.active)
  const canIssue = Boolean(profile?.officeCode) && activeCodes.length > 0
  const defaultCode = (code && activeCodes.some((c) => c.code === code) ? code : activeCodes.find((c) => c.code === 'SKR')?.code) ?? activeCodes[0]?.code ?? ''
  const cancelledCount = page?.cancelled ?? 0
  const yearOptions = [...new Set([year, ...(years ?? [currentYear])])].sort((x, y) => y - x)
  // A letter dated in another year (31 December typed on 2 January) shows up where it belongs.
  // Stable, so the 50 rows (RegisterTable is memoised) are not drawn again when only the counter line,
  // the year list or a dialog changes.
  const onShowMore = useCallback((count: number) => setShown({ key: shownKey, count: Math.min(total, limit + count) }), [shownKey, total, limit])
  const onEdit = useCallback((letter: Letter) => setDialog({ kind: 'edit', letter }), [])
  const onCancel = useCallback((letter: Letter) => setDialog({ kind: 'cancel', letter }), [])
  const showYearOf = (l: Letter) => {
    if (l.year !== year) setYear(l.year)
  }
  const filter = { year, ...(code ? { code } : {}), ...(search.trim() ? { search: search.trim() } : {}) }

  /** The whole register of the filter (the screen reads only the newest page of it). */
  const allRows = async () => registerRows(await listLetters(getDb(), filter))

  async function exportXlsx() {
    setBusy(true)
    setMessage(null)
    try {
      const data = await registerWorkbook(await allRows(), { officeName: profile?.officeName ?? '', ...filter })
      const r = await window.pkk.saveFile({ suggestedName: `${registerFileName(year, code || undefined)}.xlsx`, kind: 'xlsx', data })
      if (r.saved) setMessage({ kind: 'success', text: `Buku agenda tersimpan sebagai ${r.fileName}.` })
    } catch (err) {
      setMessage({ kind: 'error', text: `Ekspor gagal: ${errorText(err, 'Coba sekali lagi, atau simpan ke folder lain.')}` })
    } finally {
      setBusy(false)
    }
  }

  async function printPdf() {
    if (!onPrintPdf) return
    setBusy(true)
    try {
      await onPrintPdf(await allRows(), filter)
    } catch (err) {
      setMessage({ kind: 'error', text: `PDF gagal dibuat: ${errorText(err, 'Coba sekali lagi; buku agenda juga dapat diekspor ke Excel.')}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1 style={{ marginBottom: '0.2rem' }}>Agenda Surat</h1>
          <p className="muted" style={{ margin: '0 0 0.8rem' }}>
            Buku Agenda Surat Keluar
          </p>
        </div>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'issue' })} disabled={!canIssue}>
            Catat surat keluar
          </button>
          <button type="button" onClick={() => setDialog({ kind: 'manual' })} disabled={!canIssue}>
            Daftarkan nomor manual
          </button>
          <button type="button" onClick={() => void exportXlsx()} disabled={busy || total === 0}>
            Ekspor Excel
          </button>
          {onPrintPdf && (
            <button type="button" onClick={() => void printPdf()} disabled={busy || total === 0}>
              Cetak PDF
            </button>
          )}
          <button type="button" onClick={() => setEkspedisi(true)} disabled={total === 0}>
            Buku Ekspedisi
          </button>
        </div>
      </div>

      {profile !== undefined && !profile?.officeCode && (
        <Notice kind="warning">
          Isi dan simpan Data Kantor, termasuk <strong>kode kantor pada nomor surat</strong>, di <a href={settingsHref('kantor')}>Pengaturan</a> sebelum
          mengambil nomor surat.
        </Notice>
      )}
      {profile?.officeCode && codes !== undefined && activeCodes.length === 0 && (
        <Notice kind="warning">
          Belum ada kode surat yang aktif. Tambahkan atau aktifkan kode di <a href={settingsHref('penomoran')}>Pengaturan &gt; Penomoran Surat</a>.
        </Notice>
      )}

      <div className="agenda-filters" role="search">
        <label>
          <span>Tahun</span>
          <select value={year} onChange={(ev) => setYear(Number(ev.target.value))}>
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Jenis surat</span>
          <select value={code} onChange={(ev) => setCode(ev.target.value)}>
            <option value="">Semua jenis</option>
            {(codes ?? []).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          <span>Cari</span>
          <input type="search" value={search} onChange={(ev) => setSearch(ev.target.value)} placeholder="Nomor, tujuan, perihal, tembusan…" />
        </label>
        <div className="agenda-count" aria-live="polite">
          {page === undefined ? '…' : `${total} surat${cancelledCount ? ` (${cancelledCount} batal)` : ''}`}
        </div>
      </div>

      {counters && counters.length > 0 && (
        <p className="counter-line muted">
          Nomor terakhir {year}:{' '}
          {counters.map((c, i) => (
            <span key={c.key}>
              {i > 0 && ' · '}
              {c.label} <strong>{c.last || '–'}</strong>
            </span>
          ))}
        </p>
      )}

      {message && <Notice kind={message.kind}>{message.text}</Notice>}

      {page !== undefined && total === 0 ? (
        <div className="panel empty-register">
          {search.trim() || code ? (
            <p>Tidak ada surat yang cocok dengan penyaring ini.</p>
          ) : (
            <p>
              Belum ada surat keluar tahun {year}.{canIssue ? ' Pilih “Catat surat keluar” untuk mengambil nomor pertama.' : ''}
            </p>
          )}
        </div>
      ) : (
        <RegisterTable rows={rows} hidden={total - rows.length} onShowMore={onShowMore} onEdit={onEdit} onCancel={onCancel} />
      )}

      {dialog?.kind === 'issue' && <IssueDialog codes={activeCodes} today={today} defaultCode={defaultCode} onClose={() => setDialog(null)} onIssued={showYearOf} />}
      {dialog?.kind === 'manual' && <ManualDialog codes={codes ?? []} today={today} defaultCode={defaultCode} onClose={() => setDialog(null)} onIssued={showYearOf} />}
      {dialog?.kind === 'edit' && <EditDialog letter={dialog.letter} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'cancel' && <CancelDialog letter={dialog.letter} onClose={() => setDialog(null)} />}
      {ekspedisi && (
        <EkspedisiDialog
          initialFrom={year === currentYear ? `${today.slice(0, 8)}01` : `${year}-01-01`}
          initialTo={year === currentYear ? today : `${year}-12-31`}
          {...(code ? { code } : {})}
          onClose={() => setEkspedisi(false)}
        />
      )}
    </>
  )
}
