import { checked, checkedAll } from '@shared/datafile'
import { legalBasisKind } from '@shared/meetings'
import { defaultLegalBases, legalBasis, newId, type LegalBasis, type LegalBasisKind } from '@shared/model'
import type { PkkDatabase } from './db'

export class LegalBasisError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LegalBasisError'
  }
}

const parseText = (raw: string): string => {
  const r = legalBasis.shape.text.safeParse(raw)
  if (!r.success) throw new LegalBasisError(r.error.issues.map((i) => i.message).join('; '))
  return r.data
}

const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID')

/** The office's library for Mengingat, in its order (inactive entries too). */
export async function listLegalBases(db: PkkDatabase): Promise<LegalBasis[]> {
  return db.legalBases.orderBy('order').toArray()
}

/**
 * The library, with Perpres 99/2017 and Permendagri 36/2020 put in when it is empty (first use, or every
 * entry deleted): an office never starts a decree from nothing. Entries it does not cite are deactivated.
 */
export async function ensureLegalBases(db: PkkDatabase): Promise<LegalBasis[]> {
  return db.transaction('rw', db.legalBases, async () => {
    if ((await db.legalBases.count()) === 0) {
      await db.legalBases.bulkAdd(checkedAll('legalBases', defaultLegalBases.map((text, i) => ({ id: newId(), text, order: i + 1, active: true, kind: 'mengingat' as const }))))
    }
    return db.legalBases.orderBy('order').toArray()
  })
}

/**
 * Adds the office's own legal basis at the end of the library (after the defaults, when it was empty), under
 * Mengingat or Memperhatikan as given, or as its text suggests (a regulation, or another document).
 */
export async function addLegalBasis(db: PkkDatabase, raw: string, kind?: LegalBasisKind): Promise<LegalBasis> {
  const text = parseText(raw)
  return db.transaction('rw', db.legalBases, async () => {
    const all = await ensureLegalBases(db)
    if (all.some((b) => same(b.text, text))) throw new LegalBasisError('Dasar hukum ini sudah ada di pustaka.')
    const row = checked('legalBases', { id: newId(), text, order: all.reduce((m, b) => Math.max(m, b.order), 0) + 1, active: true, kind: kind ?? legalBasisKind(text) })
    await db.legalBases.add(row)
    return row
  })
}

/** Edits the text, the active flag or the kind. Decrees already drafted keep the text they were written with. */
export async function updateLegalBasis(db: PkkDatabase, id: string, changes: { text?: string; active?: boolean; kind?: LegalBasisKind }): Promise<LegalBasis> {
  const text = changes.text === undefined ? undefined : parseText(changes.text)
  return db.transaction('rw', db.legalBases, async () => {
    const row = await db.legalBases.get(id)
    if (!row) throw new LegalBasisError('Dasar hukum tidak ditemukan; mungkin sudah dihapus di jendela lain.')
    if (text !== undefined && (await db.legalBases.toArray()).some((b) => b.id !== id && same(b.text, text))) {
      throw new LegalBasisError('Dasar hukum ini sudah ada di pustaka.')
    }
    const next = checked('legalBases', { ...row, ...(text !== undefined ? { text } : {}), ...(changes.active !== undefined ? { active: changes.active } : {}), ...(changes.kind !== undefined ? { kind: changes.kind } : {}) })
    await db.legalBases.put(next)
    return next
  })
}

export async function removeLegalBasis(db: PkkDatabase, id: string): Promise<void> {
  await db.legalBases.delete(id)
}

/** Moves an entry one place up or down; Mengingat cites the library in this order. */
export async function moveLegalBasis(db: PkkDatabase, id: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.legalBases, async () => {
    const list = await db.legalBases.orderBy('order').toArray()
    const i = list.findIndex((b) => b.id === id)
    const a = list[i]
    const b = list[i + delta]
    if (!a || !b) return
    list[i] = b
    list[i + delta] = a
    await db.legalBases.bulkPut(checkedAll('legalBases', list.map((row, n) => ({ ...row, order: n + 1 }))))
  })
}
