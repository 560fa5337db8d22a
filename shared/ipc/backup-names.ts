import { BACKUP_NAME, type BackupReason } from './contract'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** "cadangan-2026-11-23_154200-harian.json" in local time: sortable by name, readable by a person. */
export function backupFileName(at: Date, reason: BackupReason): string {
  const d = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
  const t = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  return `cadangan-${d}_${t}-${reason}.json`
}

export function parseBackupName(name: string): { at: string; reason: BackupReason } | null {
  const m = BACKUP_NAME.exec(name)
  if (!m || !m[1] || !m[2]) return null
  const [y, mo, d] = m[1].split('-').map(Number)
  const t = m[2]
  const at = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, Number(t.slice(0, 2)), Number(t.slice(2, 4)), Number(t.slice(4, 6)))
  return { at: at.toISOString(), reason: m[3] as BackupReason }
}

/** Which backups to delete so that only the newest `keep` remain (names sort by time). */
export function backupsToPrune(names: string[], keep: number): string[] {
  const sorted = names.filter((n) => BACKUP_NAME.test(n)).sort()
  return sorted.slice(0, Math.max(0, sorted.length - keep))
}
