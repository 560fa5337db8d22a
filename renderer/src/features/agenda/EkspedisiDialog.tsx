import { useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { isValidIsoDate } from '@shared/calendar'
import { registerEkspedisiFileName, registerEkspedisiLayout, registerEkspedisiRows } from '@shared/meetings'
import { getDb } from '../../data/db'
import { EKSPEDISI_MAX_YEARS, loadRegisterEkspedisi } from '../../data/ekspedisi-register'
import { DocumentActions } from '../../documents/DocumentActions'
import { DateField } from '../../ui/DateField'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'

/** Why a range cannot be printed, in her words; null when it can. */
function rangeProblem(from: string, to: string): string | null {
  if (!isValidIsoDate(from) || !isValidIsoDate(to)) return 'Isi tanggal awal dan akhir, mis. 01/12/2019 dan 31/12/2019.'
  if (from > to) return 'Tanggal akhir tidak boleh sebelum tanggal awal.'
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) >= EKSPEDISI_MAX_YEARS) return `Rentang paling lama ${EKSPEDISI_MAX_YEARS} tahun.`
  return null
}

/**
 * Buku Ekspedisi of the register: the outgoing letters of a date range (of the code chosen on the
 * register, when one is), one row per letter and addressee, saved or printed as PDF or DOCX on the
 * office's paper; the receivers sign on paper.
 */
export function EkspedisiDialog({ initialFrom, initialTo, code, onClose }: { initialFrom: string; initialTo: string; code?: string; onClose: () => void }) {
  const [from, setFrom] = useState(initialFrom)
  const [to, setTo] = useState(initialTo)
  const problem = rangeProblem(from, to)
  const source = useLiveQuery(() => (problem ? null : loadRegisterEkspedisi(getDb(), { from, to, ...(code ? { code } : {}) })), [from, to, code, problem])
  const rows = useMemo(() => (source ? registerEkspedisiRows(source) : []), [source])
  const empty = source !== undefined && source !== null && rows.length === 0
  return (
    <Dialog title="Buku Ekspedisi" onClose={onClose} wide>
      <p className="muted">Surat keluar yang diantar langsung: satu baris untuk setiap surat dan penerimanya. Penerima menulis nama dan menandatangani di kertas.</p>
      <div className="agenda-filters">
        <DateField label="Dari tanggal" value={from} onChange={setFrom} />
        <DateField label="Sampai tanggal" value={to} onChange={setTo} />
      </div>
      {code && <p className="small muted">Hanya surat berkode {code} (penyaring jenis surat di buku agenda).</p>}
      {problem && <Notice kind="warning">{problem}</Notice>}
      {source === null && !problem && <Notice kind="warning">Isi data kantor di Pengaturan terlebih dahulu.</Notice>}
      {source && (
        <p aria-live="polite" data-testid="ringkasan-ekspedisi">
          {source.letters.length} surat, {rows.length} baris penerima
        </p>
      )}
      {empty && <Notice kind="info">Tidak ada surat keluar pada rentang tanggal ini.</Notice>}
      <DocumentActions
        fileName={registerEkspedisiFileName(from, to)}
        disabled={!source || rows.length === 0}
        build={async () => {
          const fresh = await loadRegisterEkspedisi(getDb(), { from, to, ...(code ? { code } : {}) })
          if (!fresh) throw new Error('Isi data kantor di Pengaturan terlebih dahulu.')
          return registerEkspedisiLayout(fresh)
        }}
      />
      <DialogFooter cancel="Tutup" />
    </Dialog>
  )
}
