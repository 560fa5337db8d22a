import { open, readFile, rename } from 'node:fs/promises'
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
  const tmp = `${file}.tmp`
  // Flushed to disk before the rename: after a power cut the record is the old one or the new one, never empty.
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(JSON.stringify(record))
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(tmp, file)
}
