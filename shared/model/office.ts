import { z } from 'zod'
import { email, id, imageAsset, isoDate, phone, requiredText, text, stamp } from './common'
import { officeSignerKinds } from './signer'
import { protocolRanks } from './protocol'

export const officeLevels = ['pusat', 'provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] as const
export type OfficeLevel = (typeof officeLevels)[number]
export const officeLevelLabel: Record<OfficeLevel, string> = {
  pusat: 'Pusat',
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  kecamatan: 'Kecamatan',
  desa: 'Desa',
  kelurahan: 'Kelurahan'
}

export const paperSizes = ['F4', 'A4'] as const
export type PaperSize = (typeof paperSizes)[number]
export const timeZones = ['WIB', 'WITA', 'WIT'] as const
export type TimeZoneLabel = (typeof timeZones)[number]

/**
 * The office's code enters every letter number (296/SKR/PKK-PROP/XII/2019), so it holds only letters, digits and
 * single separators '-', '.' or '/' between them: no spaces, no emoji, no separator at either end or twice in a row.
 */
export const OFFICE_CODE_PATTERN = /^[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+)*$/
export const OFFICE_CODE_MESSAGE =
  'Kode kantor hanya boleh berisi huruf, angka, dan tanda - . / di antaranya, tanpa spasi; contoh PKK-PROP atau TP.PKK/KAB'
const officeCode = requiredText(60, 'Kode kantor').refine((code) => OFFICE_CODE_PATTERN.test(code), { message: OFFICE_CODE_MESSAGE })

/** What the office prints on its letterhead and signs with, as typed in Pengaturan; one record per database. */
export const officeProfileFields = z.object({
  level: z.enum(officeLevels),
  regionName: requiredText(120, 'Nama wilayah'),
  officeName: requiredText(300, 'Nama kantor'),
  address: requiredText(300, 'Alamat'),
  phone,
  email,
  website: text(200),
  ketuaName: requiredText(200, 'Nama Ketua'),
  ketuaTitle: requiredText(200, 'Jabatan Ketua'),
  sekretarisName: text(200),
  placeName: requiredText(100, 'Nama tempat'),
  officeCode,
  paper: z.enum(paperSizes),
  timeZone: z.enum(timeZones)
})
export type OfficeProfileFields = z.infer<typeof officeProfileFields>

/**
 * Someone who signs for the office besides the Ketua definitif: an acting chair (Pj., Plt., Plh.) for the
 * dates she serves, or someone who signs a.n. Ketua (Wakil Ketua, Sekretaris) under her own title.
 */
export const officeSignerFields = z
  .object({
    id,
    kind: z.enum(officeSignerKinds),
    name: requiredText(200, 'Nama penandatangan'),
    /** "Ketua TP PKK Kabupaten X" for an acting chair (the Pj./Plt./Plh. is added once when printed); "Wakil Ketua" for a.n. */
    title: requiredText(200, 'Jabatan penandatangan'),
    /** First and last day she serves; empty = open. */
    from: z.union([isoDate, z.literal('')]),
    to: z.union([isoDate, z.literal('')])
  })
  .refine((s) => !s.from || !s.to || s.from <= s.to, { message: 'Tanggal selesai menjabat harus setelah tanggal mulai', path: ['to'] })
export const officeSigner = officeSignerFields.safeExtend({ signature: imageAsset.optional() })
export type OfficeSignerFields = z.infer<typeof officeSignerFields>
export type OfficeSigner = z.infer<typeof officeSigner>
export const MAX_OFFICE_SIGNERS = 20

/**
 * Tata naskah choices of the office (Pengaturan › Tata naskah), one for all its documents (docs/formats.md
 * "Tata naskah"): where the page number stands from the second page, and whether a signer's name is underlined.
 */
export const pageNumberStyles = ['atas-tengah', 'bawah-tengah', 'bawah-kanan'] as const
export type PageNumberStyle = (typeof pageNumberStyles)[number]
export const pageNumberStyleLabel: Record<PageNumberStyle, string> = {
  'atas-tengah': '“- 2 -” di tengah atas (mulai halaman 2)',
  'bawah-tengah': '“- 2 -” di tengah bawah (mulai halaman 2)',
  'bawah-kanan': '“2” di kanan bawah (mulai halaman 2)'
}
export const tataNaskah = z.object({
  pageNumbers: z.enum(pageNumberStyles),
  /** The signer's name under every signature: bold, and underlined when true. */
  nameUnderline: z.boolean()
})
export type TataNaskah = z.infer<typeof tataNaskah>
/** The sample's look: "- 2 -" at the top from page 2; names bold, not underlined. */
export const defaultTataNaskah: TataNaskah = { pageNumbers: 'atas-tengah', nameUnderline: false }
/** The office's choices, the defaults for data made before they were kept. */
export const tataNaskahOf = (profile: { tataNaskah?: TataNaskah | undefined }): TataNaskah => profile.tataNaskah ?? defaultTataNaskah

export const officeProfile = officeProfileFields.extend({
  id: z.literal('office'),
  /** The stored record (and every data file) is read as it was written: the code's rule applies to what is typed. */
  officeCode: requiredText(60, 'Kode kantor'),
  logo: imageAsset.optional(),
  ketuaSignature: imageAsset.optional(),
  stamp: imageAsset.optional(),
  /** Acting chairs and a.n. signers with their own signature images; absent in data made before they were kept. */
  signers: z
    .array(officeSigner)
    .max(MAX_OFFICE_SIGNERS, { message: `Paling banyak ${MAX_OFFICE_SIGNERS} penandatangan` })
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, { message: 'Id penandatangan ganda' })
    .optional(),
  /** Pengaturan › Urutan protokoler; absent until the office changes the defaults (shared/model/protocol.ts). */
  protocolRanks: protocolRanks.optional(),
  /** Absent in data made before the choice was kept: the defaults apply. */
  tataNaskah: tataNaskah.optional(),
  updatedAt: stamp
})
export type OfficeProfile = z.infer<typeof officeProfile>
export type OfficeImageKey = 'logo' | 'ketuaSignature' | 'stamp'

export const emptyProfileFields: OfficeProfileFields = {
  level: 'provinsi',
  regionName: '',
  officeName: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  ketuaName: '',
  ketuaTitle: '',
  sekretarisName: '',
  placeName: '',
  officeCode: '',
  paper: 'F4',
  timeZone: 'WIB'
}

/** The Ketua's title as printed under a signature: "Ketua TP PKK Provinsi Sumatera Barat". */
export function defaultKetuaTitle(level: OfficeLevel, regionName: string): string {
  return level === 'pusat' ? 'Ketua Umum TP PKK Pusat' : `Ketua TP PKK ${officeLevelLabel[level]} ${regionName}`.trim()
}
