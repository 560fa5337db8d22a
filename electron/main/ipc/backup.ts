import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { backupFileName, backupsToPrune, parseBackupName } from '../../../shared/ipc/backup-names'
import {
  KEEP_BACKUPS,
  readBackupArgs,
  writeBackupArgs,
  type BackupEntry,
  type BackupStatus
} from '../../../shared/ipc/contract'

export interface BackupDeps {
  folder(): string
  now(): Date
}

async function entries(dir: string): Promise<BackupEntry[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const out: BackupEntry[] = []
  for (const fileName of names) {
    const parsed = parseBackupName(fileName)
    if (!parsed) continue
    const s = await stat(join(dir, fileName)).catch(() => null)
    if (s?.isFile()) out.push({ fileName, at: parsed.at, reason: parsed.reason, bytes: s.size })
  }
  return out.sort((a, b) => b.fileName.localeCompare(a.fileName))
}

/** Writes a backup atomically (temp file, then rename) and keeps only the newest 30. */
export async function handleWriteBackup(deps: BackupDeps, raw: unknown): Promise<BackupEntry> {
  const args = writeBackupArgs.parse(raw)
  const dir = deps.folder()
  await mkdir(dir, { recursive: true })
  let at = deps.now()
  let fileName = backupFileName(at, args.reason)
  // Two backups in the same second (e.g. restore right after a manual one) must not overwrite each other.
  while (await stat(join(dir, fileName)).catch(() => null)) {
    at = new Date(at.getTime() + 1000)
    fileName = backupFileName(at, args.reason)
  }
  const tmp = join(dir, `${fileName}.tmp`)
  await writeFile(tmp, args.json, 'utf8')
  await rename(tmp, join(dir, fileName))
  const all = await entries(dir)
  for (const old of backupsToPrune(all.map((e) => e.fileName), KEEP_BACKUPS)) {
    await unlink(join(dir, old)).catch(() => undefined)
  }
  const s = await stat(join(dir, fileName))
  return { fileName, at: at.toISOString(), reason: args.reason, bytes: s.size }
}

export async function handleListBackups(deps: BackupDeps): Promise<BackupEntry[]> {
  return entries(deps.folder())
}

/** Reads back one of our own backups by its exact name; nothing else on disk is reachable. */
export async function handleReadBackup(deps: BackupDeps, raw: unknown): Promise<string> {
  const { fileName } = readBackupArgs.parse(raw)
  return readFile(join(deps.folder(), fileName), 'utf8')
}

export async function handleBackupStatus(deps: BackupDeps): Promise<BackupStatus> {
  const all = await entries(deps.folder())
  return { folder: deps.folder(), automatic: true, last: all[0] ?? null, count: all.length }
}
