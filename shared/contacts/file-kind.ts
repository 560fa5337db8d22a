export type ImportFileKind = 'xlsx' | 'csv'
export type ImportFileCheck = { ok: true; kind: ImportFileKind } | { ok: false; message: string }

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = [0x25, 0x50, 0x44, 0x46]

function extension(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase()
}

/** Binary content (images, programs): text files have no NUL bytes. UTF-16 text is recognised by its BOM first. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true
  const end = Math.min(bytes.length, 8192)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return false
  return true
}

/**
 * Decides from the file's first bytes (not only its name) how to read it, or says in plain
 * Indonesian why it cannot be read and what to do instead.
 */
export function checkImportFile(name: string, bytes: Uint8Array): ImportFileCheck {
  const ext = extension(name)
  if (bytes.length === 0) return { ok: false, message: `Berkas "${name}" kosong (0 byte). Pilih berkas lain.` }
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, message: `Berkas "${name}" terlalu besar (lebih dari 20 MB). Simpan hanya lembar daftar kontak ke berkas baru.` }
  }
  if (startsWith(bytes, OLE)) {
    return {
      ok: false,
      message: `Berkas "${name}" adalah format Excel lama (.xls) yang belum bisa dibaca. Buka di Excel, pilih Simpan Sebagai > Buku Kerja Excel (.xlsx), lalu impor berkas .xlsx itu.`
    }
  }
  if (startsWith(bytes, PDF)) {
    return { ok: false, message: `Berkas "${name}" adalah PDF. Daftar kontak hanya bisa diimpor dari Excel (.xlsx) atau CSV.` }
  }
  if (startsWith(bytes, ZIP)) {
    if (ext === 'docx' || ext === 'pptx') {
      return { ok: false, message: `Berkas "${name}" adalah dokumen Office, bukan buku kerja Excel. Pilih berkas .xlsx atau .csv.` }
    }
    if (ext === 'ods') {
      return { ok: false, message: `Berkas "${name}" berformat LibreOffice (.ods). Simpan sebagai .xlsx dulu, lalu impor berkas itu.` }
    }
    return { ok: true, kind: 'xlsx' }
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    return { ok: false, message: `Berkas "${name}" rusak atau bukan berkas Excel yang sebenarnya. Buka di Excel dan simpan ulang sebagai .xlsx.` }
  }
  if (looksLikeText(bytes)) return { ok: true, kind: 'csv' }
  return { ok: false, message: `Jenis berkas "${name}" tidak dikenali. Pilih berkas Excel (.xlsx) atau CSV (.csv).` }
}
