import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FORMAT, tablesChecksum } from '../../../shared/datafile/format'
import { backupFileName, backupsToPrune, newestFirst, parseBackupName } from '../../../shared/ipc/backup-names'
import {
  KEEP_BACKUPS,
  KEEP_UNVERIFIED_BACKUPS,
  MIN_VERIFIED_BACKUPS,
  readBackupArgs,
  writeBackupArgs,
  type BackupEntry,
  type BackupStatus
} from '../../../shared/ipc/contract'
import { writeFileAtomic } from '../atomic-write'

export interface RateLimiter {
  /** True when one more backup may be written now. */
  take(): boolean
}

/**
 * A token bucket on a clock that only moves forward (not the wall clock, which can be set back):
 * `burst` backups at once, then one per `refillMs`. Restores, quitting and the daily backup stay far below it;
 * a page gone wrong cannot push the good backups out of the folder in a loop.
 */
export function backupRateLimiter(monotonicMs: () => number, burst = 10, refillMs = 60_000): RateLimiter {
  let tokens = burst
  let last = monotonicMs()
  return {
    take() {
      const t = monotonicMs()
      tokens = Math.min(burst, tokens + Math.max(0, t - last) / refillMs)
      last = t
      if (tokens < 1) return false
      tokens -= 1
      return true
    }
  }
}

export interface BackupDeps {
  folder(): string
  now(): Date
  /** userData/cadangan-urutan.json: the last sequence number given, so numbers keep rising across folder changes. */
  counterFile(): string
  rate: RateLimiter
}

export const RATE_LIMITED = 'Terlalu banyak cadangan dibuat dalam waktu singkat. Tunggu satu menit, lalu coba lagi.'
/** A clock this far behind the newest backup is reported (a few minutes of drift are not). */
const CLOCK_TOLERANCE_MS = 5 * 60_000

/**
 * A backup verifies when it reads back as a whole data file of this app whose checksum matches its tables
 * (files from before checksums have none). Deliberately not the full schema: a stricter schema in a later
 * version must not turn the office's old backups into "junk" that pruning may delete.
 */
export function verifyBackupText(text: string): boolean {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return false
  }
  if (typeof json !== 'object' || json === null) return false
  const f = json as { format?: unknown; version?: unknown; tables?: unknown; checksum?: unknown }
  if (f.format !== DATA_FORMAT || typeof f.version !== 'number' || !Number.isInteger(f.version) || f.version < 1) return false
  if (typeof f.tables !== 'object' || f.tables === null) return false
  return f.checksum === undefined || f.checksum === tablesChecksum(f.tables)
}

// Each file is read and checked once per process (until its size or time changes), not on every write.
const verifiedCache = new Map<string, { size: number; mtimeMs: number; verified: boolean }>()

async function verifyFile(path: string, size: number, mtimeMs: number): Promise<boolean> {
  const hit = verifiedCache.get(path)
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.verified
  const verified = verifyBackupText(await readFile(path, 'utf8').catch(() => ''))
  verifiedCache.set(path, { size, mtimeMs, verified })
  return verified
}

type Listed = BackupEntry & { seq: number; verified: boolean }

const STALE_TEMP_MS = 60 * 60_000

async function entries(dir: string): Promise<Listed[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const out: Listed[] = []
  for (const fileName of names) {
    const path = join(dir, fileName)
    if (fileName.startsWith('.cadangan-') && fileName.endsWith('.tmp')) {
      // Left by a crash mid-write (atomic-write.ts); never a backup.
      const s = await stat(path).catch(() => null)
      if (s && Date.now() - s.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined)
      continue
    }
    const parsed = parseBackupName(fileName)
    if (!parsed) continue
    const s = await stat(path).catch(() => null)
    if (!s?.isFile()) continue
    out.push({ fileName, at: parsed.at, reason: parsed.reason, bytes: s.size, seq: parsed.seq, verified: await verifyFile(path, s.size, s.mtimeMs) })
  }
  return out.sort(newestFirst)
}

async function readCounter(file: string): Promise<number> {
  try {
    const seq = (JSON.parse(await readFile(file, 'utf8')) as { seq?: unknown }).seq
    return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : 0
  } catch {
    return 0
  }
}

// Backups are written one at a time, so two never take the same number.
let queue: Promise<unknown> = Promise.resolve()
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work)
  queue = run.catch(() => undefined)
  return run
}

/**
 * Writes a backup atomically under the next sequence number and prunes by number and verification:
 * the newest KEEP_BACKUPS verified backups stay whatever else is written, and the one just written is never
 * deleted (it is the newest of its kind).
 */
export async function handleWriteBackup(deps: BackupDeps, raw: unknown): Promise<BackupEntry> {
  const args = writeBackupArgs.parse(raw)
  if (!deps.rate.take()) throw new Error(RATE_LIMITED)
  return serial(async () => {
    const dir = deps.folder()
    await mkdir(dir, { recursive: true })
    const all = await entries(dir)
    let seq = Math.max(await readCounter(deps.counterFile()), ...all.map((e) => e.seq)) + 1
    const at = deps.now()
    while (await stat(join(dir, backupFileName(at, args.reason, seq))).catch(() => null)) seq++
    const fileName = backupFileName(at, args.reason, seq)
    // The number is taken before the backup exists: a crash in between leaves a gap, never a repeat.
    await writeFileAtomic(deps.counterFile(), JSON.stringify({ seq }))
    const path = join(dir, fileName)
    await writeFileAtomic(path, args.json)
    const s = await stat(path)
    const verified = verifyBackupText(args.json)
    verifiedCache.set(path, { size: s.size, mtimeMs: s.mtimeMs, verified })
    const entry: Listed = { fileName, at: at.toISOString(), reason: args.reason, bytes: s.size, seq, verified }
    for (const old of backupsToPrune([entry, ...all], KEEP_BACKUPS, KEEP_UNVERIFIED_BACKUPS, MIN_VERIFIED_BACKUPS)) {
      await unlink(join(dir, old)).catch(() => undefined)
      verifiedCache.delete(join(dir, old))
    }
    return entry
  })
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
  // The newest backup that reads back whole is the one to offer; a torn newest file is not.
  const last = all.find((e) => e.verified) ?? all[0] ?? null
  const now = deps.now()
  const newest = all.reduce<string | null>((max, e) => (max === null || e.at > max ? e.at : max), null)
  const clockBehind = newest !== null && now.getTime() < Date.parse(newest) - CLOCK_TOLERANCE_MS ? { newestAt: newest, now: now.toISOString() } : null
  return { folder: deps.folder(), automatic: true, last, count: all.length, clockBehind }
}
