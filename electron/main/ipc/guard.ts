import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from '../atomic-write'
import { guardRecord, type GuardRecord } from '../../../shared/guard'

/** The guard record lives beside the database but outside it: userData/penjaga.json. */
export async function handleReadGuard(file: string): Promise<GuardRecord | null> {
  try {
    const parsed = guardRecord.safeParse(JSON.parse(await readFile(file, 'utf8')))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function handleWriteGuard(file: string, raw: unknown): Promise<void> {
  const record = guardRecord.parse(raw)
  // Flushed to disk and renamed (atomic-write.ts): after a power cut the record is the old one or the new one, never empty.
  await writeFileAtomic(file, JSON.stringify(record))
}
