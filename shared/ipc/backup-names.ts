import { BACKUP_NAME, type BackupReason } from './contract'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/**
 * "cadangan-2026-11-23_154200-harian-n42.json" in local time: readable by a person; the sequence number
 * (main's counter) orders backups, since the time comes from a clock that can be wrong.
 */
export function backupFileName(at: Date, reason: BackupReason, seq?: number): string {
  const d = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const t = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `cadangan-${d}_${t}-${reason}${seq === undefined ? '' : `-n${seq}`}.json`
}

export function parseBackupName(name: string): { at: string; reason: BackupReason; seq: number } | null {
  const m = BACKUP_NAME.exec(name)
  if (!m || !m[1] || !m[2]) return null
  const [y, mo, d] = m[1].split('-').map(Number)
  const t = m[2]
  const at = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4, 6)))
  return { at: at.toISOString(), reason: m[3] as BackupReason, seq: m[4] ? Number(m[4]) : 0 }
}

export interface PruneCandidate {
  fileName: string
  seq: number
  verified: boolean
}

/** Newest first: by sequence number, then (for unnumbered backups from before it) by name. */
export const newestFirst = (a: { fileName: string; seq: number }, b: { fileName: string; seq: number }): number =>
  b.seq - a.seq || b.fileName.localeCompare(a.fileName)

/**
 * Which backups to delete. The newest `keep` verified backups always stay, whatever else was written;
 * unverifiable files never count toward them. Of the unverifiable, the newest `keepUnverified` stay, and
 * none is deleted unless at least `minVerified` verified backups remain (a damaged file may be all there is).
 */
export function backupsToPrune(all: PruneCandidate[], keep: number, keepUnverified: number, minVerified: number): string[] {
  const sorted = all.filter((e) => BACKUP_NAME.test(e.fileName)).sort(newestFirst)
  const verified = sorted.filter((e) => e.verified)
  const unverified = sorted.filter((e) => !e.verified)
  const out = verified.slice(keep).map((e) => e.fileName)
  if (Math.min(verified.length, keep) >= minVerified) out.push(...unverified.slice(keepUnverified).map((e) => e.fileName))
  return out
}
