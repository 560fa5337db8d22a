import { readFileSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { writeFileAtomicSync } from './atomic-write'

/** Main-process settings kept beside the database (userData/pengaturan.json), not inside it. */
export const appSettings = z.object({
  backupFolder: z
    .string()
    .min(1)
    .max(1000)
    .refine((p) => isAbsolute(p))
    .optional()
})
export type AppSettings = z.infer<typeof appSettings>

export function readAppSettings(file: string): AppSettings {
  try {
    const parsed = appSettings.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

export function writeAppSettings(file: string, settings: AppSettings): void {
  writeFileAtomicSync(file, JSON.stringify(appSettings.parse(settings), null, 2))
}
