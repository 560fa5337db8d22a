import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { tableDescriptors, tableNames, type TableName } from '../../../shared/datafile'
import { DB_VERSION, PkkDatabase, STORE_ONLY_TABLES, STORES_V1, STORES_V2, STORES_V3, STORES_V5, STORES_V6, STORES_V7, STORES_V8 } from '../../../renderer/src/data/db'

// The released index strings, per database version; a table's latest line is the one Dexie uses.
const versions: Record<number, Record<string, string>> = { 1: STORES_V1, 2: STORES_V2, 3: STORES_V3, 5: STORES_V5, 6: STORES_V6, 7: STORES_V7, 8: STORES_V8 }
const storeOnly: readonly string[] = STORE_ONLY_TABLES

describe('the Dexie schema declares exactly the descriptor tables (shared/datafile/tables.ts)', () => {
  test('the union of STORES_V1..V8 is the descriptor list and the file store; version 4 (frozen copies) changes data, not indexes', () => {
    const declared = new Set(Object.values(versions).flatMap((v) => Object.keys(v)))
    expect([...declared].filter((t) => !storeOnly.includes(t)).sort()).toEqual([...tableNames].sort())
    expect(storeOnly).toEqual(['files'])
    expect(Math.max(...Object.keys(versions).map(Number))).toBe(8)
    expect(DB_VERSION).toBe(8)
  })

  test.each(tableNames)('%s: appears in the version the descriptor names, keyed by the descriptor key', (name: TableName) => {
    const first = Object.keys(versions)
      .map(Number)
      .find((v) => versions[v]?.[name] !== undefined)
    const d: { since: number; dbSince?: number } = tableDescriptors[name]
    expect(first).toBe(d.dbSince ?? d.since)
    const keys = Object.values(versions).flatMap((v) => (v[name] === undefined ? [] : [v[name].split(',')[0]?.trim()]))
    expect(keys.length).toBeGreaterThan(0)
    expect(keys).toEqual(keys.map(() => tableDescriptors[name].key))
  })

  test('an opened database has one table per descriptor with its primary key', async () => {
    const db = new PkkDatabase('uji-tabel-deskriptor')
    await db.open()
    expect(db.tables.map((t) => t.name).sort()).toEqual([...tableNames, ...storeOnly].sort())
    for (const n of tableNames) expect(db.table(n).schema.primKey.name, n).toBe(tableDescriptors[n].key)
    db.close()
  })
})
