import { z } from 'zod'
import { foldText } from '../contacts/normalise'
import { stripActingPrefix, type OfficeProfile, type OrganisationKind, type ProtocolRank } from '../model'
import type { InviteeView } from './invitees'

/**
 * The invitees keep one order: the one she entered or imported, changed by hand (drag, "Pindah ke
 * nomor ...") or once by "Urutkan menurut protokoler". The list on the meeting page, the lampiran of
 * the Undangan and the Daftar Hadir all print it. These functions compute a new order as a list of ids;
 * the data layer writes it as order 1..n.
 */

/** What protocol order needs to know of an invitee. */
export interface ProtocolSubject {
  id: string
  kind: 'person' | 'organisation'
  /** The kind of the person's organisation or of the organisation invited, 'kantor' for the office's own TP PKK; undefined when none. */
  organisationKind: OrganisationKind | 'kantor' | undefined
  /** A person's position; an organisation's head title ("Kepala Dinas Kesehatan ..."). */
  title: string
}

// "Tim Penggerak PKK" and "TP PKK" are one name.
const officeKey = (name: string) => foldText(name).replace(/\btim penggerak\b/g, 'tp')

/**
 * Is this organisation the office itself? Its name as the profile writes it ("TIM PENGGERAK PKK PROVINSI
 * SUMATERA BARAT") or as the Ketua's title names it ("Ketua TP PKK Provinsi Sumatera Barat" without "Ketua").
 */
export function ownOfficeMatcher(profile: Pick<OfficeProfile, 'officeName' | 'ketuaTitle'> | undefined): (organisationName: string) => boolean {
  if (!profile) return () => false
  const names = new Set([officeKey(profile.officeName), officeKey(stripActingPrefix(profile.ketuaTitle).replace(/^ketua(\s+umum)?\s+/i, ''))].filter(Boolean))
  return (name) => names.has(officeKey(name))
}

/** A person ranks by her position, an organisation by its head's title (the name it is addressed by). */
export function protocolSubject(v: InviteeView, isOwnOffice: (organisationName: string) => boolean = () => false): ProtocolSubject {
  const organisationKind = v.organisationKind === 'pkk' && isOwnOffice(v.organisationName) ? 'kantor' : v.organisationKind
  return { id: v.id, kind: v.kind, organisationKind, title: v.kind === 'person' ? v.position : v.name }
}

// An acting official ranks as the office she holds: "Plt. Kepala Dinas" is a Kepala Dinas here.
const ACTING = new Set(['pj', 'plt', 'plh'])

function foldedTitle(title: string): string {
  const words = foldText(title).split(' ').filter(Boolean)
  while (words.length > 1 && ACTING.has(words[0] ?? '')) words.shift()
  return words.join(' ')
}

const startsWithWords = (text: string, start: string) => start !== '' && (text === start || text.startsWith(`${start} `))

function holds(rank: ProtocolRank, s: ProtocolSubject): boolean {
  if (rank.invitee === 'orang' && s.kind !== 'person') return false
  if (rank.invitee === 'organisasi' && s.kind !== 'organisation') return false
  return rank.organisationKind === 'semua' || rank.organisationKind === s.organisationKind
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 }

/** "I", "IV", "2" after a position ("Wakil Ketua II", "Ketua Pokja 3") as a number; 0 when none. */
function ordinal(rest: string): number {
  const word = rest.trim().split(' ')[0] ?? ''
  if (/^\d{1,3}$/.test(word)) return Number(word)
  if (!/^[ivx]{1,5}$/.test(word)) return 0
  let total = 0
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN[word[i] ?? ''] ?? 0
    const next = ROMAN[word[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total
}

/**
 * Where an invitee stands in protocol order: [rank, position within the rank, its number]. Of every rank
 * that holds her, the position written the longest that her title begins with decides ("Kepala Bidang"
 * over "Kepala", "Ketua Pokja" over "Ketua"); a numbered position follows its number ("Wakil Ketua I"
 * before "II"); a rank without positions takes whoever is left; someone no rank holds comes after all ranks.
 */
export function protocolPlace(s: ProtocolSubject, ranks: readonly ProtocolRank[]): [number, number, number] {
  const title = foldedTitle(s.title)
  let best: { rank: number; position: number; length: number } | null = null
  for (const [r, rank] of ranks.entries()) {
    if (!holds(rank, s)) continue
    if (rank.positions.length === 0) {
      best ??= { rank: r, position: 0, length: 0 }
      continue
    }
    for (const [i, p] of rank.positions.entries()) {
      const want = foldedTitle(p)
      if (startsWithWords(title, want) && (!best || want.length > best.length)) best = { rank: r, position: i, length: want.length }
    }
  }
  return best ? [best.rank, best.position, best.length > 0 ? ordinal(title.slice(best.length)) : 0] : [ranks.length, 0, 0]
}

/** Protocol order once: by rank, position within it, its number; equals keep the order they had (sort is stable). */
export function protocolOrder<T extends ProtocolSubject>(current: readonly T[], ranks: readonly ProtocolRank[]): T[] {
  const place = new Map(current.map((s) => [s.id, protocolPlace(s, ranks)]))
  return [...current].sort((a, b) => {
    const pa = place.get(a.id) ?? [0, 0, 0]
    const pb = place.get(b.id) ?? [0, 0, 0]
    return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2]
  })
}

/** "Pindah ke nomor N": one row taken out and put at number N (1-based; beyond the ends, at the end). */
export function moveToNumber(ids: readonly string[], id: string, number: number): string[] {
  const from = ids.indexOf(id)
  if (from < 0) return [...ids]
  const rest = ids.filter((x) => x !== id)
  const at = Math.max(0, Math.min(Math.trunc(number) - 1, rest.length))
  return [...rest.slice(0, at), id, ...rest.slice(at)]
}

/** A drag ending over another row: the dragged row takes that row's number, the rows between shift by one. */
export function moveOnto(ids: readonly string[], id: string, overId: string): string[] {
  const to = ids.indexOf(overId)
  return to < 0 ? [...ids] : moveToNumber(ids, id, to + 1)
}

/** The number typed in "Pindah ke nomor": a whole number from 1 to the list's length, or a message. */
export function parseTargetNumber(typed: string, count: number): { ok: true; number: number } | { ok: false; message: string } {
  const t = typed.trim()
  if (!/^\d+$/.test(t)) return { ok: false, message: `Isi nomor dengan angka 1 sampai ${count}.` }
  const n = Number(t)
  if (n < 1 || n > count) return { ok: false, message: `Nomor harus 1 sampai ${count}.` }
  return { ok: true, number: n }
}

/** "Pindah ke nomor …": the number typed, checked as parseTargetNumber reads it (1 to the list's length). */
export function moveToNumberFields(count: number) {
  return z.object({
    number: z.string().superRefine((typed, ctx) => {
      const r = parseTargetNumber(typed, count)
      if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message })
    })
  })
}

/** The order numbers to store: 1..n in the given order, only for the rows whose number changes. */
export function renumber(ids: readonly string[], current: ReadonlyMap<string, number>): { id: string; order: number }[] {
  return ids.flatMap((id, i) => (current.get(id) === i + 1 ? [] : [{ id, order: i + 1 }]))
}
