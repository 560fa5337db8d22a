import { zodResolver } from '@hookform/resolvers/zod'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { defaultLatarBelakang, LAPORAN_PENUTUP, laporanFileName } from '@shared/meetings'
import { laporan, MAX_MEETING_PHOTOS, PHOTO_MAX_EDGE_PX, PHOTO_MAX_FILE_BYTES, photosPerPageChoices, type Meeting, type MeetingPhoto } from '@shared/model'
import { getDb } from '../../data/db'
import { addMeetingPhotos, clearScannedSheet, getLaporan, listMeetingPhotos, movePhoto, removePhoto, replacePhotoFile, saveLaporan, setPhotoCaption, setScannedSheet } from '../../data/laporan-repo'
import { keepFilesInStore } from '../../data/photo-backup'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { preparePhoto } from './import-photo'
import './laporan.css'

type Message = { kind: 'success' | 'error' | 'info' | 'warning'; text: string } | null

/**
 * The meeting's last step: its photos (added, captioned, ordered), the report's sections, the optional
 * scan of the signed attendance sheet, and the Laporan Kegiatan saved as one PDF or as DOCX.
 */
export function LaporanPanel({ meeting }: { meeting: Meeting }) {
  const photos = useLiveQuery(() => listMeetingPhotos(getDb(), meeting.id), [meeting.id])
  const saved = useLiveQuery(() => getLaporan(getDb(), meeting.id).then((l) => l ?? null), [meeting.id])
  const [message, setMessage] = useState<Message>(null)
  const [busy, setBusy] = useState<string | null>(null)

  async function run(label: string, work: () => Promise<string | Message>) {
    setBusy(label)
    setMessage(null)
    try {
      const text = await work()
      if (typeof text === 'string') setMessage({ kind: 'success', text })
      else if (text) setMessage(text)
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    } finally {
      setBusy(null)
    }
  }

  async function addPhotos(files: readonly File[]) {
    await run('Menyiapkan foto…', async () => {
      // All or none: a bad file among several stops the whole batch before anything is stored.
      const prepared = []
      for (const f of files) prepared.push(await preparePhoto(f))
      const added = await addMeetingPhotos(getDb(), meeting.id, prepared)
      return withStoreCopy(`${prepared.length} foto ditambahkan.`, added.map((p) => p.hash))
    })
  }

  async function save(format: 'pdf' | 'docx') {
    await run(format === 'pdf' ? 'Menyusun PDF laporan…' : 'Menyusun DOCX laporan…', async () => {
      // pdf-lib and the bundle load when she asks for the report, not with the first screen.
      const { buildLaporan } = await import('./build-laporan')
      const built = await buildLaporan(getDb(), meeting.id, format)
      const r = await window.pkk.saveFile({ suggestedName: `${laporanFileName(meeting.title)}.${format}`, kind: format, data: built.bytes })
      if (!r.saved) return 'Penyimpanan dibatalkan.'
      const text = `Tersimpan: ${r.fileName}${built.pages ? ` (${built.pages} halaman)` : ''}`
      if (built.missing.length === 0) return text
      return { kind: 'warning', text: `${text}. Tidak ada di komputer ini, dicetak sebagai kotak bertanda "tidak ditemukan": ${built.missing.join(', ')}. Pasang lagi berkasnya lalu simpan ulang laporan.` }
    })
  }

  return (
    <div className="laporan-step">
      <section className="panel" aria-label="Foto kegiatan">
        <h2>Foto kegiatan</h2>
        <p className="muted">
          JPEG atau PNG, paling besar {PHOTO_MAX_FILE_BYTES / 1024 / 1024} MB per berkas. Foto diputar tegak menurut kameranya dan diperkecil ke {PHOTO_MAX_EDGE_PX} piksel
          pada sisi panjang; paling banyak {MAX_MEETING_PHOTOS} foto per rapat.
        </p>
        <label className="button">
          Tambah foto…
          <input
            type="file"
            accept="image/jpeg,image/png"
            multiple
            hidden
            aria-label="Tambah foto"
            disabled={busy !== null}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])]
              e.target.value = ''
              if (files.length > 0) void addPhotos(files)
            }}
          />
        </label>
        {photos && photos.length === 0 && <p className="muted">Belum ada foto.</p>}
        {photos && photos.length > 0 && (
          <ol className="photo-list" aria-label="Daftar foto">
            {photos.map((p, i) => (
              <PhotoRow key={p.id} photo={p} index={i} last={i === photos.length - 1} onMessage={setMessage} />
            ))}
          </ol>
        )}
      </section>
      {saved !== undefined && <ReportForm meeting={meeting} saved={saved} onMessage={setMessage} />}
      <ScanSection meetingId={meeting.id} scan={saved?.scan} busy={busy !== null} run={run} />
      <section className="panel" aria-label="Simpan laporan kegiatan">
        <h2>Laporan Kegiatan</h2>
        <p className="muted">
          Sampul, daftar isi, laporan, Surat Undangan (salinan yang terbit), Keputusan, Daftar Hadir, Notulen dan foto, bernomor halaman dari awal sampai akhir.
        </p>
        <div className="toolbar">
          <button type="button" className="primary" disabled={busy !== null} onClick={() => void save('pdf')}>
            Simpan PDF laporan
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void save('docx')}>
            Simpan DOCX laporan
          </button>
        </div>
      </section>
      {busy && <Notice kind="info">{busy}</Notice>}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </div>
  )
}

/**
 * A photo just stored is copied into the photo store beside the backups at once, so a database lost before
 * the next backup comes back from the change journal with it; a copy that fails is said, and the next
 * backup tries again.
 */
async function withStoreCopy(done: string, hashes: readonly string[]): Promise<Message> {
  const failed = await keepFilesInStore(getDb(), hashes).catch(() => [...hashes])
  if (failed.length === 0) return { kind: 'success', text: done }
  return { kind: 'warning', text: `${done} ${failed.length} berkas belum tersalin ke folder cadangan; cadangan berikutnya mencoba lagi.` }
}

function PhotoRow({ photo, index, last, onMessage }: { photo: MeetingPhoto; index: number; last: boolean; onMessage: (m: Message) => void }) {
  const url = usePhotoUrl(photo.hash)
  const [caption, setCaption] = useState(photo.caption)
  useEffect(() => setCaption(photo.caption), [photo.caption])
  const act = (p: Promise<void>) => void p.catch((err: unknown) => onMessage({ kind: 'error', text: errorText(err) }))
  const putBack = (file: File) =>
    void (async () => {
      const prepared = await preparePhoto(file)
      const record = await replacePhotoFile(getDb(), photo.id, prepared)
      onMessage(await withStoreCopy(`Berkas foto ${index + 1} dipasang.`, [record.hash]))
    })().catch((err: unknown) => onMessage({ kind: 'error', text: errorText(err) }))
  return (
    <li className="photo-row">
      {url === 'missing' ? (
        <div className="photo-empty photo-missing" role="group" aria-label={`Foto ${index + 1} tidak ditemukan`}>
          <span>Foto tidak ditemukan</span>
          <label className="button small">
            Pasang lagi…
            <input
              type="file"
              accept="image/jpeg,image/png"
              hidden
              aria-label={`Pasang lagi berkas foto ${index + 1}`}
              onChange={(e) => {
                const file = e.target.files?.[0]
                e.target.value = ''
                if (file) putBack(file)
              }}
            />
          </label>
        </div>
      ) : url ? (
        <img src={url} alt={`Foto ${index + 1}`} />
      ) : (
        <div className="photo-empty">…</div>
      )}
      <div className="photo-fields">
        <label htmlFor={`foto-${photo.id}`}>Keterangan foto {index + 1}</label>
        <input
          id={`foto-${photo.id}`}
          value={caption}
          maxLength={300}
          onChange={(e) => setCaption(e.target.value)}
          onBlur={() => caption !== photo.caption && act(setPhotoCaption(getDb(), photo.id, caption))}
        />
        <span className="muted">
          {photo.width} × {photo.height} piksel
        </span>
      </div>
      <div className="photo-actions">
        <button type="button" className="small" disabled={index === 0} aria-label={`Naikkan foto ${index + 1}`} onClick={() => act(movePhoto(getDb(), photo.id, -1))}>
          ↑
        </button>
        <button type="button" className="small" disabled={last} aria-label={`Turunkan foto ${index + 1}`} onClick={() => act(movePhoto(getDb(), photo.id, 1))}>
          ↓
        </button>
        <button type="button" className="small danger" onClick={() => act(removePhoto(getDb(), photo.id))}>
          Hapus
        </button>
      </div>
    </li>
  )
}

/**
 * An object URL for a stored photo, revoked when the row goes; 'missing' when its file is not on this
 * computer. The file is watched, so a file put back (or restored) under the same hash shows at once.
 */
function usePhotoUrl(hash: string): string | null {
  const file = useLiveQuery(() => getDb().files.get(hash).then((f) => f ?? null), [hash])
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (file === undefined) return setUrl(null)
    if (file === null) return setUrl('missing')
    const made = URL.createObjectURL(new Blob([new Uint8Array(file.data)], { type: file.mime }))
    setUrl(made)
    return () => URL.revokeObjectURL(made)
  }, [file])
  return url
}

/** The report's sections as the form edits them: the model's own schema, so what she saves is what a restore reads. */
const reportFields = laporan.pick({ latarBelakang: true, pelaksanaan: true, hasil: true, penutup: true, photosPerPage: true })
type ReportFields = z.infer<typeof reportFields>

function ReportForm({ meeting, saved, onMessage }: { meeting: Meeting; saved: ReportFields | null; onMessage: (m: Message) => void }) {
  const { register, handleSubmit, formState, reset, watch, setValue } = useForm<ReportFields>({
    resolver: zodResolver(reportFields),
    defaultValues: saved ?? { latarBelakang: '', pelaksanaan: '', hasil: '', penutup: '', photosPerPage: 4 },
    mode: 'onChange'
  })
  const e = formState.errors
  const perPage = watch('photosPerPage')
  const onSubmit = handleSubmit(async (v) => {
    try {
      await saveLaporan(getDb(), meeting.id, v)
      reset(v)
      onMessage({ kind: 'success', text: 'Isi laporan disimpan.' })
    } catch (err) {
      onMessage({ kind: 'error', text: `Gagal menyimpan: ${errorText(err, 'Isian Anda masih ada di layar; coba simpan sekali lagi.')}` })
    }
  }, () => onMessage({ kind: 'error', text: 'Isi laporan belum disimpan: periksa bagian yang ditandai.' }))
  return (
    <form className="panel report-form" aria-label="Isi laporan" onSubmit={(ev) => void onSubmit(ev)}>
      <h2>Isi laporan</h2>
      <p className="muted">Bagian yang dikosongkan diisi dari data rapat: latar belakang dari dasar dan tujuan, pelaksanaan dari tanggal, tempat dan kehadiran, hasil dari Kesimpulan notulen.</p>
      <Field label="I. Latar belakang" error={e.latarBelakang?.message}>
        {(a) => <textarea {...a} rows={4} placeholder={defaultLatarBelakang(meeting)} {...register('latarBelakang')} />}
      </Field>
      <Field label="II. Pelaksanaan" error={e.pelaksanaan?.message}>
        {(a) => <textarea {...a} rows={4} placeholder="Kosongkan untuk tanggal, tempat, kehadiran dan acara dari data rapat." {...register('pelaksanaan')} />}
      </Field>
      <Field label="III. Hasil kegiatan (pengantar; kesimpulan rapat dicantumkan sesudahnya)" error={e.hasil?.message}>
        {(a) => <textarea {...a} rows={3} {...register('hasil')} />}
      </Field>
      <Field label="IV. Penutup" error={e.penutup?.message}>
        {(a) => <textarea {...a} rows={2} placeholder={LAPORAN_PENUTUP} {...register('penutup')} />}
      </Field>
      <fieldset>
        <legend>Foto per halaman</legend>
        {photosPerPageChoices.map((n) => (
          <label key={n} className="inline">
            {/* A radio's value is text; the number is set here (react-hook-form does not convert radios). */}
            <input type="radio" name="foto-per-halaman" checked={perPage === n} onChange={() => setValue('photosPerPage', n, { shouldDirty: true, shouldValidate: true })} /> {n} foto
          </label>
        ))}
      </fieldset>
      <div className="toolbar">
        <button type="submit" disabled={formState.isSubmitting}>
          Simpan isi laporan
        </button>
      </div>
    </form>
  )
}

function ScanSection({
  meetingId,
  scan,
  busy,
  run
}: {
  meetingId: string
  scan: { name: string; mime: string; pages: number } | undefined
  busy: boolean
  run: (label: string, work: () => Promise<string | Message>) => Promise<void>
}) {
  return (
    <section className="panel" aria-label="Daftar hadir bertanda tangan">
      <h2>Daftar hadir bertanda tangan (pindaian)</h2>
      <p className="muted">Pilihan: pindaian daftar hadir yang sudah ditandatangani di kertas (PDF, JPEG atau PNG, paling besar 20 MB) dipakai di laporan sebagai ganti daftar hadir buatan aplikasi.</p>
      {scan ? (
        <p>
          Dipakai: <strong>{scan.name}</strong> ({scan.mime === 'application/pdf' ? `PDF, ${scan.pages} halaman` : 'gambar'}){' '}
          <button type="button" className="small" disabled={busy} onClick={() => void run('Menghapus pindaian…', async () => (await clearScannedSheet(getDb(), meetingId), 'Laporan kembali memakai daftar hadir buatan aplikasi.'))}>
            Pakai daftar hadir buatan aplikasi
          </button>
        </p>
      ) : (
        <p className="muted">Belum ada pindaian; laporan memakai daftar hadir buatan aplikasi.</p>
      )}
      <label className="button">
        Pilih pindaian…
        <input
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          hidden
          aria-label="Pilih pindaian daftar hadir"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (!file) return
            void run('Membaca pindaian…', async () => {
              const data = new Uint8Array(await file.arrayBuffer())
              const { pdfPageCount } = await import('./pdf-pages')
              const pages = await pdfPageCount(file.name, data)
              const scan = await setScannedSheet(getDb(), meetingId, { name: file.name, data, pages })
              return withStoreCopy(`Pindaian ${file.name} dipakai di laporan.`, [scan.hash])
            })
          }}
        />
      </label>
    </section>
  )
}
