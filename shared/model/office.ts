import { z } from 'zod'
import { email, imageAsset, phone, requiredText, text } from './common'

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

/** What the office prints on its letterhead and signs with; one record per database. */
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
  officeCode: requiredText(60, 'Kode kantor'),
  paper: z.enum(paperSizes),
  timeZone: z.enum(timeZones)
})
export type OfficeProfileFields = z.infer<typeof officeProfileFields>

export const officeProfile = officeProfileFields.extend({
  id: z.literal('office'),
  logo: imageAsset.optional(),
  ketuaSignature: imageAsset.optional(),
  stamp: imageAsset.optional(),
  updatedAt: z.string()
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
