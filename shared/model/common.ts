import { z } from 'zod'

/** Trimmed text; keeps every character the user typed (apostrophes, diacritics, emoji). */
export const text = (max: number) => z.string().trim().max(max, { message: `Paling banyak ${max} karakter` })
export const requiredText = (max: number, label: string) =>
  z.string().trim().min(1, { message: `${label} wajib diisi` }).max(max, { message: `${label} paling banyak ${max} karakter` })

// Indonesian phone numbers as offices write them: 0751-7051234, (0751) 705 1234, +62 812-...
export const phone = z
  .string()
  .trim()
  .max(40, { message: 'Nomor telepon terlalu panjang' })
  .refine((v) => v === '' || /^\+?[0-9 ()./-]{5,}$/.test(v), { message: 'Nomor telepon hanya boleh berisi angka, spasi, +, -, ( dan )' })

export const email = z
  .string()
  .trim()
  .max(254, { message: 'Alamat e-mail terlalu panjang' })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'Alamat e-mail tidak valid' })

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Tanggal harus berformat TTTT-BB-HH' }).refine(
  (v) => {
    const d = new Date(`${v}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
  },
  { message: 'Tanggal tidak ada di kalender' }
)

export const id = z.string().min(1).max(64)

/** A moment as ISO 8601 text (createdAt, updatedAt). */
export const stamp = z.string().max(40)

/** Raw bytes (images, files); typed loosely so bytes from any ArrayBuffer fit. */
export const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Harus berupa data biner' })

/** An image kept in the database as bytes (logo, signature, stamp). */
export const imageMimes = ['image/png', 'image/jpeg'] as const
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024
export const imageAsset = z.object({
  mime: z.enum(imageMimes),
  data: bytes.refine((d) => d.byteLength > 0 && d.byteLength <= MAX_IMAGE_BYTES, {
    message: 'Ukuran gambar harus di bawah 2 MB'
  }),
  name: text(200)
})
export type ImageAsset = z.infer<typeof imageAsset>

export const newId = (): string => crypto.randomUUID()
