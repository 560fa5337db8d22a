import { PDFDocument } from 'pdf-lib'
import { LaporanError } from '../../data/laporan-repo'

const isPdf = (d: Uint8Array) => d[0] === 0x25 && d[1] === 0x50 && d[2] === 0x44 && d[3] === 0x46

/** Pages of a picked PDF (1 for an image); a PDF pdf-lib cannot open is refused here, before it is stored. */
export async function pdfPageCount(name: string, data: Uint8Array): Promise<number> {
  if (!isPdf(data)) return 1
  try {
    return (await PDFDocument.load(data, { updateMetadata: false })).getPageCount()
  } catch {
    throw new LaporanError(`Berkas PDF "${name.slice(0, 80)}" tidak dapat dibaca (rusak atau terkunci kata sandi). Pilih berkas lain.`)
  }
}
