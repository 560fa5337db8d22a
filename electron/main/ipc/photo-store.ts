import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { PHOTO_FOLDER, photosHaveArgs, photosReadArgs, photosWriteArgs, storedFileMimes, storedFileName, type PhotoReadResult } from '../../../shared/ipc/contract'
import { writeFileAtomic } from '../atomic-write'

/**
 * The photo store beside the backups (docs/data-format.md "Photos and scans"): `foto/<sha256>.<ext>` in
 * the backup folder, one file per photo or scan, written once and never pruned (every backup that lists
 * the hash needs it). Names are made here from a checked hash, so nothing else on disk is reachable.
 */

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

async function findFile(dir: string, hash: string): Promise<{ path: string; mime: (typeof storedFileMimes)[number] } | null> {
  for (const mime of storedFileMimes) {
    const path = join(dir, PHOTO_FOLDER, storedFileName(hash, mime))
    if ((await stat(path).catch(() => null))?.isFile()) return { path, mime }
  }
  return null
}

/** Read back and hashed: a file that no longer hashes to its name counts as absent. */
export async function handlePhotosRead(folder: () => string, raw: unknown): Promise<PhotoReadResult> {
  const { hash } = photosReadArgs.parse(raw)
  const found = await findFile(folder(), hash)
  if (!found) return { status: 'missing' }
  const data = new Uint8Array(await readFile(found.path))
  return sha256(data) === hash ? { status: 'ok', mime: found.mime, data } : { status: 'damaged' }
}

/**
 * Which of these files are in the folder, by name and a non-empty size: the daily backup asks this to write
 * only new photos, without reading every photo back (a restore reads and hashes each one it takes).
 */
export async function handlePhotosHave(folder: () => string, raw: unknown): Promise<string[]> {
  const { hashes } = photosHaveArgs.parse(raw)
  const dir = folder()
  const out: string[] = []
  for (const hash of hashes) {
    const found = await findFile(dir, hash)
    if (found && ((await stat(found.path).catch(() => null))?.size ?? 0) > 0) out.push(hash)
  }
  return out
}

/** Writes a file under its hash once its bytes are checked against it; a file already there whole is left as it is. */
export async function handlePhotosWrite(folder: () => string, raw: unknown): Promise<void> {
  const { hash, mime, data } = photosWriteArgs.parse(raw)
  if (sha256(data) !== hash) throw new Error('Isi berkas foto tidak sama dengan kodenya (SHA-256); tidak disimpan.')
  if ((await handlePhotosRead(folder, { hash })).status === 'ok') return
  const dir = join(folder(), PHOTO_FOLDER)
  await mkdir(dir, { recursive: true })
  await writeFileAtomic(join(dir, storedFileName(hash, mime)), data)
}
