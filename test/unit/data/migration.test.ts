import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { base64ToBytes, readDataFile, tableNames } from '../../../shared/datafile'
import { DB_VERSION, STORES_V1, STORES_V2, STORES_V3, STORES_V5, STORES_V6, STORES_V7, STORES_V8 } from '../../../renderer/src/data/db'
import { meetingAttendance, meetingInvitees } from '../../../renderer/src/data/meeting-rows'
import { readSnapshot } from '../../../renderer/src/data/snapshot-repo'
import { lettersSince } from '../../../renderer/src/data/guard'
import { generateBigOffice } from '../../../scripts/bench/big-office'
import { openDatabase } from '../../../renderer/src/data/open'

/** The fixture: a data file written by version 1 (database schema 1, data format 1). */
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/db-v1.json'), 'utf8')) as {
  version: number
  tables: Record<string, Record<string, unknown>[]>
}
const v1Tables = Object.keys(STORES_V1)

/** Writes the fixture's records into a database with exactly the version-1 schema, as that version did. */
async function writeV1Database(name: string) {
  const v1 = new Dexie(name)
  v1.version(1).stores(STORES_V1)
  await v1.open()
  await v1.transaction('rw', v1.tables, async () => {
    for (const t of v1Tables) {
      const rows = (fixture.tables[t] ?? []).map((r) => {
        if (t !== 'profile') return r
        const logo = r['logo'] as { mime: string; name: string; base64: string } | undefined
        const { logo: _l, ...rest } = r
        return logo ? { ...rest, logo: { mime: logo.mime, name: logo.name, data: base64ToBytes(logo.base64) } } : rest
      })
      await v1.table(t).bulkAdd(rows)
    }
  })
  v1.close()
}

describe('schema version 1 -> 2', () => {
  test('a database written by version 1 opens, is upgraded, and keeps every record', async () => {
    expect(fixture.version).toBe(1)
    const name = 'uji-migrasi-v1'
    await writeV1Database(name)
    const backups: string[] = []
    const db = await openDatabase({ backupBeforeUpgrade: async (json) => void backups.push(json) }, name)
    expect(db.verno).toBe(DB_VERSION)

    for (const t of v1Tables) {
      const want = fixture.tables[t] ?? []
      const got = await db.table(t).toArray()
      expect(got.length, t).toBe(want.length)
      if (t === 'profile') {
        expect(got[0]?.officeName).toBe('TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
        expect(Array.from(got[0]?.logo?.data ?? [])).toEqual(Array.from(base64ToBytes((want[0]?.['logo'] as { base64: string }).base64)))
        continue
      }
      const key = (r: Record<string, unknown>) => String(r['id'] ?? r['code'])
      const sorted = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))
      expect(sorted(got), t).toEqual(sorted(want))
    }
    // The new tables exist and are empty.
    const now = await readSnapshot(db)
    for (const t of ['meetings', 'invitees', 'documents', 'roles', 'legalBases', 'attendance', 'minutes', 'actionItems'] as const) expect(now[t], t).toHaveLength(0)
    expect(await db.inviteeLists.count()).toBe(0)

    // A backup of the version-1 data was handed over before the upgrade, and it restores.
    expect(backups).toHaveLength(1)
    const parsed = JSON.parse(backups[0] ?? '{}') as { version: number }
    expect(parsed.version).toBe(1)
    const read = readDataFile(backups[0] ?? '')
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
    expect(read.snapshot.letters).toHaveLength(fixture.tables['letters']?.length ?? -1)
    expect(read.snapshot.meetings).toEqual([])
    db.close()
  })

  test('opening a current database takes no backup', async () => {
    const name = 'uji-migrasi-kini'
    const first = await openDatabase({ backupBeforeUpgrade: async () => undefined }, name)
    await first.groups.add({ id: 'g1', name: 'OPD Terkait', description: '', createdAt: '2026-01-01T00:00:00.000Z' })
    first.close()
    const backups: string[] = []
    const again = await openDatabase({ backupBeforeUpgrade: async (json) => void backups.push(json) }, name)
    expect(backups).toEqual([])
    expect(await again.groups.count()).toBe(1)
    again.close()
  })

  test('a failed backup stops the upgrade and leaves version 1 untouched', async () => {
    const name = 'uji-migrasi-gagal'
    await writeV1Database(name)
    await expect(
      openDatabase({ backupBeforeUpgrade: async () => Promise.reject(new Error('disk penuh')) }, name)
    ).rejects.toThrow('disk penuh')
    const probe = new Dexie(name)
    await probe.open()
    expect(Math.round(probe.verno)).toBe(1)
    expect(await probe.table('letters').count()).toBe(fixture.tables['letters']?.length)
    probe.close()
  })
})

describe('schema version 2 -> 4 (redundant meetingId indexes dropped, issued documents frozen)', () => {
  test('a version-2 database with meetings opens at version 3 with a backup first, keeps every record, and finds a meeting\'s rows', async () => {
    const office = generateBigOffice({ years: 1, letters: 30, people: 400, organisations: 20 }, { meetings: 4, attendance: 80 }, 7).snapshot
    const name = 'uji-migrasi-v2'
    const v2 = new Dexie(name)
    v2.version(1).stores(STORES_V1)
    v2.version(2).stores(STORES_V2)
    await v2.open()
    await v2.transaction('rw', v2.tables, async () => {
      for (const t of tableNames) if (v2.tables.some((x) => x.name === t)) await v2.table(t).bulkAdd(office[t])
    })
    v2.close()

    const backups: string[] = []
    const db = await openDatabase({ backupBeforeUpgrade: async (json) => void backups.push(json) }, name)
    expect(db.verno).toBe(DB_VERSION)
    const now = await readSnapshot(db)
    for (const t of tableNames) expect(now[t].length, t).toBe(office[t].length)
    const meetingId = office.meetings[0]?.id ?? ''
    expect(await meetingInvitees(db, meetingId)).toHaveLength(office.invitees.filter((i) => i.meetingId === meetingId).length)
    expect(await meetingAttendance(db, meetingId)).toHaveLength(office.attendance.filter((a) => a.meetingId === meetingId).length)
    expect(await db.documents.where('meetingId').equals(meetingId).count()).toBe(office.documents.filter((d) => d.meetingId === meetingId).length)

    // Every issued invitation now prints from a frozen copy that carries its number.
    const letters = new Map(office.letters.map((l) => [l.id, l]))
    const issued = (await db.documents.toArray()).filter((d) => d.letterId && letters.get(d.letterId)?.status === 'aktif')
    expect(issued.length).toBeGreaterThan(0)
    for (const d of issued) expect(d.frozen?.number, d.id).toBe(letters.get(d.letterId ?? '')?.number)

    // The backup taken before the upgrade is a valid data file of the same office.
    expect(backups).toHaveLength(1)
    const read = readDataFile(backups[0] ?? '')
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
    expect(read.snapshot.invitees).toHaveLength(office.invitees.length)
    db.close()
  })
})

describe('schema versions 3 to 8 -> the current one (the register by its last change: letters.updatedAt; signatures, deliveries, photos; invitees and attendance packed per meeting)', () => {
  test.each([3, 4, 5, 6, 7, 8])('a version-%i database opens at the current version with a backup first, keeps every record, and gives the newest changes from the index', async (from) => {
    const office = generateBigOffice({ years: 2, letters: 300, people: 400, organisations: 20 }, { meetings: 4, attendance: 80 }, 7).snapshot
    const name = `uji-migrasi-v${from}-ke-5`
    const old = new Dexie(name)
    old.version(1).stores(STORES_V1)
    old.version(2).stores(STORES_V2)
    old.version(3).stores(STORES_V3)
    if (from >= 4) old.version(4).stores({})
    if (from >= 5) old.version(5).stores(STORES_V5)
    if (from >= 6) old.version(6).stores(STORES_V6)
    if (from >= 7) old.version(7).stores(STORES_V7)
    if (from >= 8) old.version(8).stores(STORES_V8)
    await old.open()
    expect(old.verno).toBe(from)
    await old.transaction('rw', old.tables, async () => {
      for (const t of tableNames) if (old.tables.some((x) => x.name === t)) await old.table(t).bulkAdd(office[t])
    })
    old.close()

    const backups: string[] = []
    const db = await openDatabase({ backupBeforeUpgrade: async (json) => void backups.push(json) }, name)
    expect(db.verno).toBe(DB_VERSION)
    expect(DB_VERSION).toBe(9)
    expect(db.letters.schema.indexes.map((i) => i.name)).toContain('updatedAt')
    expect(db.signatures.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['attendanceId', '[meetingId+day]']))
    // The row tables are gone; their rows are in one record per meeting, every row as it was.
    expect(db.tables.map((t) => t.name)).not.toContain('invitees')
    expect(db.tables.map((t) => t.name)).not.toContain('attendance')
    const now = await readSnapshot(db)
    const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const t of tableNames) expect(now[t].length, t).toBe(office[t].length)
    expect(now.invitees).toEqual(byId(office.invitees))
    expect(now.attendance).toEqual(byId(office.attendance))
    expect(await db.inviteeLists.count()).toBe(new Set(office.invitees.map((i) => i.meetingId)).size)
    expect(await db.attendanceLists.count()).toBe(new Set(office.attendance.map((a) => a.meetingId)).size)
    const person = office.invitees.find((i) => i.personId)?.personId ?? ''
    expect(await db.inviteeLists.where('personIds').equals(person).count()).toBe(new Set(office.invitees.filter((i) => i.personId === person).map((i) => i.meetingId)).size)
    const byChange = [...office.letters].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    const since = byChange[40]?.updatedAt ?? ''
    const newer = byChange.filter((l) => l.updatedAt > since)
    expect((await lettersSince(db, since)).map((l) => l.id).sort()).toEqual(newer.map((l) => l.id).sort())
    expect(await lettersSince(db, null)).toHaveLength(office.letters.length)
    expect(backups).toHaveLength(1)
    const read = readDataFile(backups[0] ?? '')
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)))
    expect(read.snapshot.letters).toHaveLength(office.letters.length)
    db.close()
  })
})
