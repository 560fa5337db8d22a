import { checked, checkedAll } from '@shared/datafile'
import {
  defaultLetterCodes,
  defaultNumberingSettings,
  imageAsset,
  officeProfileFields,
  type ImageAsset,
  type NumberingSettings,
  type OfficeImageKey,
  type OfficeProfile,
  type OfficeProfileFields
} from '@shared/model'
import type { PkkDatabase } from './db'

export async function getProfile(db: PkkDatabase): Promise<OfficeProfile | undefined> {
  return db.profile.get('office')
}

/** Saves the letterhead data; images are kept as they are. Throws a ZodError on bad fields. */
export async function saveProfile(db: PkkDatabase, fields: OfficeProfileFields, now = new Date()): Promise<OfficeProfile> {
  const valid = officeProfileFields.parse(fields)
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
