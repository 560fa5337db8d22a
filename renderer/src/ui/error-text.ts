import { ZodError } from 'zod'

/** Said after a failure whose cause the app does not know: what the secretary can do next. */
export const UNKNOWN_NEXT_STEP = 'Coba sekali lagi; bila tetap gagal, tutup dan buka kembali aplikasi. Data yang sudah tersimpan tidak hilang.'

/** Causes the browser or the computer reports in English, said in Indonesian with what to do. */
const knownCauses: { test: RegExp; text: string }[] = [
  { test: /QuotaExceeded|quota/i, text: 'Ruang penyimpanan komputer penuh. Kosongkan ruang disk (hapus berkas yang tidak dipakai), lalu coba lagi.' },
  { test: /ENOSPC/, text: 'Disk penuh. Kosongkan ruang disk, lalu coba lagi.' },
  { test: /EACCES|EPERM|permission denied/i, text: 'Folder atau berkas itu tidak boleh ditulis. Pilih folder lain (misalnya Dokumen), lalu coba lagi.' },
  { test: /ENOENT|no such file/i, text: 'Berkas atau folder itu tidak ditemukan. Periksa apakah flashdisk masih terpasang atau pilih berkas lain.' },
  { test: /EBUSY|resource busy|locked/i, text: 'Berkas sedang dibuka program lain (misalnya Word atau Excel). Tutup program itu, lalu coba lagi.' }
]

/**
 * The one message for the secretary from whatever an action threw: Electron's "Error invoking remote method ..."
 * prefix and zod's paths left out, the computer's English causes said in Indonesian with what to do, and an
 * error without a message of its own given the next step. `next` is appended when the caller knows what to do.
 */
export function errorText(err: unknown, next?: string): string {
  const text = messageOf(err)
  return next ? `${text.replace(/[.\s]*$/, '.')} ${next}` : text
}

function messageOf(err: unknown): string {
  if (err instanceof ZodError) return err.issues.map((i) => i.message).join('; ')
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : ''
  const message = raw.replace(/^Error invoking remote method '[^']+': (?:\w*Error: )?/, '').trim()
  const known = knownCauses.find((k) => k.test.test(message) || (err instanceof Error && k.test.test(err.name)))
  if (known) return known.text
  if (message === '') return `Terjadi kesalahan yang tidak dikenal. ${UNKNOWN_NEXT_STEP}`
  return message
}
