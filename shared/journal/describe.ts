import { tableDescriptors, tableNames, type TableName } from '../datafile'
import type { ReplayReport } from './replay'

export interface RecoverySummary {
  fromBase: Partial<Record<TableName, number>>
  /** The base's time as the screen shows it, or null when there was no base. */
  baseAtText: string | null
  fromJournal: ReplayReport
  ignoredBytes: number
  baseProblem: string | null
}

const count = (n: number) => n.toLocaleString('id-ID')
const total = (m: Partial<Record<TableName, number>>) => Object.values(m).reduce((a, b) => a + (b ?? 0), 0)
const perTable = (m: Partial<Record<TableName, number>>) =>
  tableNames
    .filter((t) => (m[t] ?? 0) > 0)
    .map((t) => `${tableDescriptors[t].label} ${count(m[t] ?? 0)}`)
    .join(', ')

/** What a recovery from the journal brought back, and from where, in the secretary's words. */
export function describeRecovery(s: RecoverySummary): string[] {
  const lines: string[] = []
  if (s.baseProblem) lines.push(`Dasar jurnal rusak dan tidak dipakai (${s.baseProblem}); hanya perubahan di jurnal yang dipulihkan.`)
  else if (s.baseAtText) lines.push(`Dari dasar jurnal (${s.baseAtText}): ${count(total(s.fromBase))} data${total(s.fromBase) > 0 ? ` (${perTable(s.fromBase)})` : ''}.`)
  else lines.push('Belum ada dasar jurnal: semua data berasal dari jurnal.')
  const written = total(s.fromJournal.written)
  const deleted = total(s.fromJournal.deleted)
  if (s.fromJournal.entries === 0) lines.push('Tidak ada perubahan sesudah dasar jurnal.')
  else
    lines.push(
      `Dari jurnal: ${count(s.fromJournal.entries)} perubahan sesudahnya, ${count(written)} data ditulis${written > 0 ? ` (${perTable(s.fromJournal.written)})` : ''}` +
        `${deleted > 0 ? `, ${count(deleted)} data dihapus` : ''}.`
    )
  if (s.ignoredBytes > 0) lines.push('Catatan terakhir jurnal terpotong (aplikasi berhenti saat menulisnya) dan diabaikan: perubahan itu belum pernah ditampilkan sebagai tersimpan.')
  if (s.fromJournal.skipped.length > 0)
    lines.push(`${count(s.fromJournal.skipped.length)} catatan jurnal tidak dapat dibaca dan dilewati: ${s.fromJournal.skipped.slice(0, 3).join('; ')}${s.fromJournal.skipped.length > 3 ? '; …' : ''}.`)
  return lines
}
