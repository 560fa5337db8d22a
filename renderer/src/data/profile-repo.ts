import { checked, checkedAll } from '@shared/datafile'
import {
  defaultLetterCodes,
  defaultNumberingSettings,
  imageAsset,
  MAX_OFFICE_SIGNERS,
  officeProfileFields,
  officeSignerFields,
  printable,
  tataNaskah,
  type ImageAsset,
  type NumberingSettings,
  type OfficeImageKey,
  type OfficeProfile,
  type OfficeProfileFields,
  type OfficeSigner,
  type OfficeSignerFields,
  type TataNaskah
} from '@shared/model'
import type { PkkDatabase } from './db'

export async function getProfile(db: PkkDatabase): Promise<OfficeProfile | undefined> {
  return db.profile.get('office')
}

/** Saves the letterhead data; images are kept as they are. Throws a ZodError on bad fields. */
export async function saveProfile(db: PkkDatabase, fields: OfficeProfileFields, now = new Date()): Promise<OfficeProfile> {
  const valid = printable(officeProfileFields).parse(fields)
  return db.transaction('rw', db.profile, db.settings, db.letterCodes, async () => {
    const current = await db.profile.get('office')
    const next = checked('profile', { ...current, ...valid, id: 'office', updatedAt: now.toISOString() })
    await db.profile.put(next)
    await ensureNumberingDefaults(db)
    return next
  })
}

/** The first save of a profile also gives the office the default letter codes and numbering pattern. */
export async function ensureNumberingDefaults(db: PkkDatabase): Promise<void> {
  await db.transaction('rw', db.settings, db.letterCodes, async () => {
    if (!(await db.settings.get('numbering'))) await db.settings.put(checked('settings', defaultNumberingSettings))
    if ((await db.letterCodes.count()) === 0) await db.letterCodes.bulkPut(checkedAll('letterCodes', defaultLetterCodes))
  })
}

export async function getNumberingSettings(db: PkkDatabase): Promise<NumberingSettings> {
  return (await db.settings.get('numbering')) ?? defaultNumberingSettings
}

export async function setProfileImage(db: PkkDatabase, key: OfficeImageKey, image: ImageAsset | undefined): Promise<void> {
  const valid = image ? imageAsset.parse(image) : undefined
  await db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get('office')
    if (!current) throw new Error('Simpan data kantor terlebih dahulu sebelum menambahkan gambar.')
    const next: OfficeProfile = { ...current, updatedAt: new Date().toISOString() }
    if (valid) next[key] = valid
    else delete next[key]
    await db.profile.put(checked('profile', next))
  })
}

/**
 * Adds or changes one of the office's signers (Pengaturan › Penandatangan): name, title, dates; the signature image
 * is kept unless `signature` is given (an image) or null (removed). Throws a ZodError on bad fields.
 */
export async function saveOfficeSigner(db: PkkDatabase, fields: OfficeSignerFields, signature?: ImageAsset | null, now = new Date()): Promise<OfficeSigner> {
  const valid = printable(officeSignerFields).parse(fields)
  const image = signature ? imageAsset.parse(signature) : signature
  return db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get('office')
    if (!current) throw new Error('Simpan data kantor terlebih dahulu sebelum menambahkan penandatangan.')
    const list = current.signers ?? []
    const old = list.find((s) => s.id === valid.id)
    if (!old && list.length >= MAX_OFFICE_SIGNERS) throw new Error(`Paling banyak ${MAX_OFFICE_SIGNERS} penandatangan.`)
    const kept = image === undefined ? old?.signature : (image ?? undefined)
    const next: OfficeSigner = { ...valid, ...(kept ? { signature: kept } : {}) }
    const signers = old ? list.map((s) => (s.id === valid.id ? next : s)) : [...list, next]
    await db.profile.put({ ...current, signers, updatedAt: now.toISOString() })
    return next
  })
}

/**
 * Removes a signer from the office's list; drafts that named her ask for another before they are issued. A signer
 * of a document that already has its number is kept (issued stays issued): her end date is what changes.
 */
export async function deleteOfficeSigner(db: PkkDatabase, id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.profile, db.documents, async () => {
    const current = await db.profile.get('office')
    if (!current) return
    const signer = current.signers?.find((s) => s.id === id)
    if (!signer) return
    const issued = await db.documents
      .filter((d) => Boolean(d.letterId) && (d.undangan?.signer.signerId === id || d.keputusan?.signer.signerId === id))
      .count()
    if (issued > 0) {
      throw new Error(`${signer.name} menandatangani ${issued} dokumen yang sudah bernomor, jadi tidak dapat dihapus. Isi tanggal akhir masa jabatannya saja.`)
    }
    await db.profile.put({ ...current, signers: (current.signers ?? []).filter((s) => s.id !== id), updatedAt: now.toISOString() })
  })
}

/**
 * The office's tata naskah choices (Pengaturan › Tata naskah): page numbers and underlined names, for every document
 * made from now on; issued documents keep their frozen copy. Throws a ZodError on a value outside the choices.
 */
export async function saveTataNaskah(db: PkkDatabase, choice: TataNaskah, now = new Date()): Promise<OfficeProfile> {
  const valid = tataNaskah.parse(choice)
  return db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get('office')
    if (!current) throw new Error('Simpan data kantor terlebih dahulu sebelum memilih tata naskah.')
    const next = checked('profile', { ...current, tataNaskah: valid, updatedAt: now.toISOString() })
    await db.profile.put(next)
    return next
  })
}
