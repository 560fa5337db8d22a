import { z } from 'zod'
import { bytes } from '../model/common'

export { channels } from './channels'

export const fileKinds = ['pdf', 'docx', 'xlsx', 'csv', 'json', 'zip'] as const
export type FileKind = (typeof fileKinds)[number]
export const fileKindLabel: Record<FileKind, string> = {
  pdf: 'Dokumen PDF',
  docx: 'Dokumen Word',
  xlsx: 'Buku kerja Excel',
  csv: 'Teks CSV',
  json: 'Berkas data Sekretariat PKK',
  zip: 'Arsip ZIP'
}

export const MAX_FILE_BYTES = 200 * 1024 * 1024

/**
 * A suggested file name only: the user picks the folder in the save dialog.
 * No separators, no "..", no drive letters, no control or reserved characters.
 */
export const safeFileName = z
  .string()
  .min(1)
  .max(180)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n) && !n.includes('..') && n.trim() === n && !/^\.+$/.test(n), {
    message: 'Nama berkas tidak sah'
  })

export const saveFileArgs = z.object({
  suggestedName: safeFileName,
  kind: z.enum(fileKinds),
  data: bytes.refine((d) => d.byteLength <= MAX_FILE_BYTES, { message: 'Berkas terlalu besar' })
})
export type SaveFileArgs = z.infer<typeof saveFileArgs>
export type SaveFileResult = { saved: true; fileName: string } | { saved: false }

export const printPdfArgs = z.object({
  title: z.string().min(1).max(200),
  data: bytes.refine((d) => d.byteLength > 0 && d.byteLength <= MAX_FILE_BYTES)
})
export type PrintPdfArgs = z.infer<typeof printPdfArgs>

export const openExternalArgs = z.object({
  url: z
    .string()
    .max(2000)
    .refine((u) => {
      try {
        const p = new URL(u)
        return p.protocol === 'https:' || p.protocol === 'mailto:'
      } catch {
        return false
      }
    }, 'Hanya alamat https: atau mailto: yang boleh dibuka')
})

export interface AppInfo {
  version: string
  platform: 'electron' | 'browser'
  dataLocation: string
}

export const menuCommands = ['navigate:beranda', 'navigate:rapat', 'navigate:agenda', 'navigate:kontak', 'navigate:pengaturan', 'about'] as const
export type MenuCommand = (typeof menuCommands)[number]
