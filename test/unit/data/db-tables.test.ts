import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { packedTableOf, packedTables, tableDescriptors, tableNames, type TableName } from '../../../shared/datafile'
import { DB_VERSION, PkkDatabase, STORE_ONLY_TABLES, STORES_V1, STORES_V2, STORES_V3, STORES_V5, STORES_V6, STORES_V7, STORES_V8, STORES_V9 } from '../../../renderer/src/data/db'

// The released index strings, per database version; a table's latest line is the one Dexie uses.
const versions: Record<number, Record<string, string | null>> = { 1: STORES_V1, 2: STORES_V2, 3: STORES_V3, 5: STORES_V5, 6: STORES_V6, 7: STORES_V7, 8: STORES_V8, 9: STORES_V9 }
/** The tables of the newest schema: a table set to null is dropped. */
const current = Object.entries(Object.assign({}, ...Object.values(versions)) as Record<string, string | null>).flatMap(([t, s]) => (s === null ? [] : [t]))
const packed: readonly string[] = Object.keys(packedTables)
const storeOnly: readonly string[] = STORE_ONLY_TABLES

describe('the Dexie schema declares exactly the descriptor tables (shared/datafile/tables.ts)', () => {
  test('the union of STORES_V1..V9 is the descriptor list and the file store; version 4 (frozen copies) changes data, not indexes', () => {
    const declared = new Set(Object.values(versions).flatMap((v) => Object.keys(v)))
    expect([...declared].filter((t) => !storeOnly.includes(t) && !packed.includes(t)).sort()).toEqual([...tableNames].sort())
    expect(storeOnly).toEqual(['files'])
    expect(Math.max(...Object.keys(versions).map(Number))).toBe(9)
    expect(DB_VERSION).toBe(9)
  })

  test('version 9 keeps invitees and attendance packed per meeting: the row tables dropped, one packed table each, keyed by meetingId', () => {
    const rows = tableNames.filter((t) => !current.includes(t))
    expect(rows.sort()).toEqual(['attendance', 'invitees'])
    for (const t of rows) {
      const store = packedTableOf[t as keyof typeof packedTableOf]
      expect(current).toContain(store)
      expect(STORES_V9[store as 'inviteeLists' | 'attendanceLists'].split(',')[0]).toBe('meetingId')
    }
    expect(current.filter((t) => !storeOnly.includes(t) && !packed.includes(t)).sort()).toEqual(tableNames.filter((t) => !rows.includes(t)).sort())
  })

  test.each(tableNames)('%s: appears in the version the descriptor names, keyed by the descriptor key', (name: TableName) => {
    const first = Object.keys(versions)
      .map(Number)
      .find((v) => versions[v]?.[name] !== undefined)
    const d: { since: number; dbSince?: number } = tableDescriptors[name]
    expect(first).toBe(d.dbSince ?? d.since)
    const keys = Object.values(versions).flatMap((v) => { const line = v[name]; return typeof line === 'string' ? [line.split(',')[0]?.trim()] : [] })
    expect(keys.length).toBeGreaterThan(0)
    expect(keys).toEqual(keys.map(() => tableDescriptors[name].key))
  })

  test('an opened database has one table per descriptor with its primary key', async () => {
    const db = new PkkDatabase('uji-tabel-deskriptor')
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual([...tableNames.filter((t) => t !== 'invitees' && t !== 'attendance'), ...packed, ...storeOnly].sort())
    for (const n of tableNames) if (n !== 'invitees' && n !== 'attendance') expect(db.table(n).schema.primKey.name, n).toBe(tableDescriptors[n].key)
    for (const p of packed) expect(db.table(p).schema.primKey.name, p).toBe('meetingId')
    db.close()
  })
})
