import type { NumberedEntry } from './types'

/**
 * The register's order rule, per counter and year:
 * - main numbers run with their dates (a later number never has an earlier date);
 * - an inserted number (22a, 22.1) lies between its main number and the next main number;
 *   inserts of one number need not be in date order among themselves (22b may be dated before 22a).
 */
export interface DateBounds {
  /** The latest date among entries this one may not precede. */
  min?: NumberedEntry
  /** The earliest date among entries this one may not follow. */
  max?: NumberedEntry
}

const sameSlot = (a: { seq: number; insert: number }, b: { seq: number; insert: number }) => a.seq === b.seq && a.insert === b.insert

/** The entries that bound the date of the slot (seq, insert) among the others of its counter and year. */
export function dateBounds(entries: readonly NumberedEntry[], slot: { seq: number; insert: number }): DateBounds {
  const others = entries.filter((e) => !sameSlot(e, slot))
  const mains = others.filter((e) => e.insert === 0)
  const out: DateBounds = {}
  const raiseMin = (e: NumberedEntry) => {
    if (!out.min || e.date > out.min.date) out.min = e
  }
  const lowerMax = (e: NumberedEntry) => {
    if (!out.max || e.date < out.max.date) out.max = e
  }
  const prevMain = (seq: number, inclusive: boolean) =>
    mains.filter((m) => (inclusive ? m.seq <= seq : m.seq < seq)).reduce<NumberedEntry | undefined>((a, m) => (!a || m.seq > a.seq ? m : a), undefined)
  const nextMain = (seq: number) => mains.filter((m) => m.seq > seq).reduce<NumberedEntry | undefined>((a, m) => (!a || m.seq < a.seq ? m : a), undefined)

  if (slot.insert > 0) {
    const p = prevMain(slot.seq, true)
    const n = nextMain(slot.seq)
    if (p) raiseMin(p)
    if (n) lowerMax(n)
    return out
  }
  const p = prevMain(slot.seq, false)
  const n = nextMain(slot.seq)
  if (p) raiseMin(p)
  if (n) lowerMax(n)
  // Inserts hang between two main numbers: those after the previous main must not follow this one,
  // and this one's own inserts (up to the next main) must not precede it.
  for (const e of others) {
    if (e.insert === 0) continue
    if (e.seq < slot.seq && (!p || e.seq >= p.seq)) raiseMin(e)
    if (e.seq >= slot.seq && (!n || e.seq < n.seq)) lowerMax(e)
  }
  return out
}

export function fitsBounds(bounds: DateBounds, date: string): boolean {
  return (!bounds.min || bounds.min.date <= date) && (!bounds.max || date <= bounds.max.date)
}

/** Entries in register order: by running number, inserts after their main number. */
export function bySlot<T extends { seq: number; insert: number }>(a: T, b: T): number {
  return a.seq - b.seq || a.insert - b.insert
}
