import { monthName } from '@shared/calendar'

export function formatBytes(n: number | null): string {
  if (n === null) return 'tidak diketahui'
  if (n < 1024) return `${n} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(1).replace('.', ',')} ${units[i]}`
}

export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer())
}

/** "23 November 2026 15.42" in the computer's local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const hh = String(d.getHours()).padStart(2, '0')
  const mm = String(d.getMinutes()).padStart(2, '0')
  return `${d.getDate()} ${monthName(d.getMonth() + 1)} ${d.getFullYear()} ${hh}.${mm}`
}
