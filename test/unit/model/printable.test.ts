import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { emptyPerson, person, personFields, printable, printableIssues } from '@shared/model'
import { PkkDatabase } from '@renderer/data/db'
import { savePerson } from '@renderer/data/contacts-repo'

describe('printable text at input', () => {
  it('passes what the PDF prints: diacritics, apostrophes, dashes, emoji with modifiers and ZWJ, symbols, new lines', () => {
    const value = {
      name: 'Ny. Hj. Ni’mah Çağlar 👩🏽‍💼',
      notes: "O'Neil – TP-PKK — ✓ ★ ♥ € ™ ①\nbaris kedua 👨‍👩‍👧‍👦",
      groupIds: ['a-1']
    }
    expect(printableIssues(value)).toEqual([])
  })

  it('names the field and the characters no font prints: ideographs, control characters, half a surrogate pair', () => {
    expect(printableIssues({ name: 'Budi 漢', nested: [{ position: 'Ketua\u0000' }], ok: 'Ani' })).toEqual([
      { path: ['name'], message: 'Karakter 漢 (U+6F22) tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa' },
      { path: ['nested', 0, 'position'], message: 'Karakter U+0000 tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa' }
    ])
    expect(printableIssues('Rusak \ud83c')).toHaveLength(1)
  })

  it('refuses through a schema at input, while the stored record schema still reads such text', () => {
    const typed = { ...emptyPerson, name: 'Wang 漢' }
    const r = printable(personFields).safeParse(typed)
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['name', expect.stringContaining('漢 (U+6F22) tidak dapat dicetak')]])
    // Data written before the check (or a backup of it) still restores.
    expect(person.safeParse({ ...typed, id: 'p1', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }).success).toBe(true)
  })
})

describe('the data layer refuses unprintable input and keeps what was stored', () => {
  let db: PkkDatabase
  beforeEach(async () => {
    db = new PkkDatabase(`printable-${crypto.randomUUID()}`)
    await db.open()
  })
  afterEach(async () => {
    db.close()
    await db.delete()
  })

  it('saves a name with emoji; refuses one with an ideograph and leaves the stored person as it was', async () => {
    const p = await savePerson(db, { ...emptyPerson, name: 'Rahmi 🌺' })
    await expect(savePerson(db, { ...emptyPerson, name: 'Rahmi 漢' }, p.id)).rejects.toBeInstanceOf(ZodError)
    expect((await db.people.get(p.id))?.name).toBe('Rahmi 🌺')
    expect(await db.people.count()).toBe(1)
  })
})
