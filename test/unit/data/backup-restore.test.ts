import 'fake-indexeddb/auto'
import { storeOf } from '../../../renderer/src/data/snapshot-repo'
import { beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { tableNames, type Snapshot } from '../../../shared/datafile'
import { sealed } from '../support/data-file'
import { backupJson, planRestore, restore, OtherOfficeError } from '../../../renderer/src/data/backup'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { generateOffice, TEN_YEARS } from '../../fixtures/ten-year-office'
import { installFakeWindow } from '../support/fake-window'

let n = 0
const freshDb = () => new PkkDatabase(`uji-cadangan-${++n}`)
const key = (r: unknown) => String((r as { id?: string; code?: string }).id ?? (r as { code?: string }).code)
const byId = (rows: unknown[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)))

function expectSameData(a: Snapshot, b: Snapshot) {
  for (const t of tableNames) {
    expect(b[t].length, t).toBe(a[t].length)
    expect(byId(b[t]), t).toEqual(byId(a[t]))
  }
}

let fake: ReturnType<typeof installFakeWindow>
beforeEach(() => {
  fake = installFakeWindow()
})

describe('backup and restore of a 10-year office', () => {
  let office: Snapshot
  beforeAll(() => {
    office = generateOffice(TEN_YEARS)
  })

  test('back up, wipe, restore: every table comes back record by record', async () => {
    const db = freshDb()
    await replaceAll(db, office)
    const json = await backupJson(db)
    await Promise.all(tableNames.map((t) => db.table(storeOf(t)).clear()))
    expect(await db.letters.count()).toBe(0)

    const plan = await planRestore(db, json)
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems.slice(0, 3)))
    expect(plan.counts.letters).toBe(20_000)
    expect(plan.counts.people).toBe(5_000)
    await restore(db, plan)
    expectSameData(office, await readSnapshot(db))
    // The logo's bytes survive base64 and back.
    expect((await db.profile.get('office'))?.logo?.data).toEqual(office.profile[0]?.logo?.data)
  }, 120_000)
})

describe('bad backup files change nothing', () => {
  const small = generateOffice({ years: 2, letters: 300, people: 120, organisations: 20 }, 7)
  let db: PkkDatabase
  let goodJson: string
  beforeEach(async () => {
    db = freshDb()
    await replaceAll(db, small)
    goodJson = await backupJson(db)
  })

  async function expectRefused(text: string, message: RegExp) {
    const before = await readSnapshot(db)
    const plan = await planRestore(db, text)
    expect(plan.ok).toBe(false)
    if (plan.ok) return
    expect(plan.problems.map((p) => `${p.path} ${p.message}`).join('\n')).toMatch(message)
    expectSameData(before, await readSnapshot(db))
    expect(fake.backups).toHaveLength(0)
  }

  test('a corrupt file', async () => expectRefused('{"format": "sekretariat-pkk-data", "ver', /rusak atau terpotong/))
  test('a truncated file', async () => expectRefused(goodJson.slice(0, Math.floor(goodJson.length * 0.7)), /rusak atau terpotong/))
  test('a file of a newer version', async () => {
    const newer = JSON.parse(goodJson) as { version: number }
    newer.version = 99
    await expectRefused(JSON.stringify(newer), /versi aplikasi yang lebih baru/)
  })
  test('a file of another program', async () => expectRefused('{"hello": "world"}', /bukan berkas data Sekretariat PKK/))
  test('a file with one bad record names the record', async () => {
    const bad = JSON.parse(goodJson) as { checksum?: string; tables: { people: { email: string }[] } }
    // Edited and sealed again (a valid checksum): the record checks must name the record on their own.
    const victim = bad.tables.people[5]
    if (victim) victim.email = 'bukan-email'
    await expectRefused(sealed(bad), /people\[5\]\.email E-mail tidak valid|people\[5\]\.email.*tidak valid/)
  })

  test('a file of another office is refused unless the user says so', async () => {
    const other = JSON.parse(goodJson) as { checksum?: string; tables: { profile: { officeName: string; officeCode: string }[] } }
    const p = other.tables.profile[0]
    if (p) {
      p.officeName = 'TIM PENGGERAK PKK KOTA PADANG'
      p.officeCode = 'PKK-KOTA'
    }
    // As that office's app would have written it.
    const before = await readSnapshot(db)
    const plan = await planRestore(db, sealed(other))
    if (!plan.ok) throw new Error('expected a valid plan')
    expect(plan.otherOffice).toBe(true)
    await expect(restore(db, plan)).rejects.toBeInstanceOf(OtherOfficeError)
    expectSameData(before, await readSnapshot(db))
    // With explicit consent it restores, after backing up what was there.
    await restore(db, plan, { allowOtherOffice: true })
    expect((await db.profile.get('office'))?.officeCode).toBe('PKK-KOTA')
    expect(fake.backups.map((b) => b.reason)).toEqual(['sebelum-pulihkan'])
  })

  test('a restore can be undone with the backup taken just before it', async () => {
    const before = await readSnapshot(db)
    const other = generateOffice({ years: 1, letters: 10, people: 3, organisations: 2 }, 99)
    const plan = await planRestore(db, JSON.stringify(JSON.parse(await backupJsonOf(other))))
    if (!plan.ok) throw new Error('expected valid')
    await restore(db, plan)
    expect(await db.people.count()).toBe(3)
    const undoJson = fake.backups[0]?.json ?? ''
    const undo = await planRestore(db, undoJson)
    if (!undo.ok) throw new Error('undo backup invalid')
    await restore(db, undo)
    expectSameData(before, await readSnapshot(db))
  })
})

async function backupJsonOf(s: Snapshot): Promise<string> {
  const db = freshDb()
  await replaceAll(db, s)
  return backupJson(db)
}

describe('files the database would refuse are refused first, in Indonesian', () => {
  test('a letter number issued twice and a repeated id are named', async () => {
    installFakeWindow()
    const s = generateOffice({ years: 1, letters: 20, people: 5, organisations: 2 }, 3)
    const db = freshDb()
    await replaceAll(db, s)
    const file = JSON.parse(await backupJson(db)) as { tables: { letters: Record<string, unknown>[]; people: Record<string, unknown>[] } }
    const [a, b] = file.tables.letters
    if (!a || !b) throw new Error('fixture too small')
    file.tables.letters.push({ ...a, id: 'salinan' })
    file.tables.people.push({ ...file.tables.people[0] })
    const plan = await planRestore(db, sealed(file))
    expect(plan.ok).toBe(false)
    if (plan.ok) return
    const text = plan.problems.map((p) => `${p.path}: ${p.message}`).join('\n')
    expect(text).toContain(`letters[20]: Nomor surat ganda: sama dengan letters[0] (${String(a['number'])})`)
    expect(text).toMatch(/people\[5\]: Kunci ganda: sama dengan people\[0\]/)
  })
})

describe('replaceAll writes all or nothing', () => {
  test('a record the database refuses (a number twice) leaves every table as it was', async () => {
    installFakeWindow()
    const db = freshDb()
    const before = generateOffice({ years: 1, letters: 12, people: 4, organisations: 2 }, 5)
    await replaceAll(db, before)
    const other = generateOffice({ years: 1, letters: 12, people: 9, organisations: 3 }, 6)
    const [first] = other.letters
    if (!first) throw new Error('fixture too small')
    const broken = { ...other, letters: [...other.letters, { ...first, id: 'salinan-nomor' }] }
    await expect(replaceAll(db, broken)).rejects.toThrow()
    expectSameData(before, await readSnapshot(db))
    // And a good snapshot goes in whole, seen by Dexie's own queries at once.
    await replaceAll(db, other)
    expect(await db.people.count()).toBe(9)
    expectSameData(other, await readSnapshot(db))
  })
})

describe('the undo backup is taken while the data is written', () => {
  const small = (seed: number, people: number) => generateOffice({ years: 1, letters: 12, people, organisations: 2 }, seed)
  const backupStore = () => (window as unknown as { pkk: { backup: { write: (args: { reason: string; json: string }) => Promise<unknown> } } }).pkk.backup

  test('the data changes only once the backup is written', async () => {
    const db = freshDb()
    const before = small(21, 4)
    await replaceAll(db, before)
    const plan = await planRestore(db, await backupJsonOf(small(22, 7)))
    if (!plan.ok) throw new Error('expected valid')
    const store = backupStore()
    const write = store.write.bind(store)
    let release: () => void = () => undefined
    const held = new Promise<void>((r) => (release = r))
    const order: string[] = []
    store.write = async (args) => {
      await held
      const entry = await write(args)
      order.push('cadangan')
      return entry
    }
    const restoring = restore(db, plan).then((undo) => {
      order.push('pulih')
      return undo
    })
    // The backup's write is held: a read of the data waits for the transaction, which waits for the backup.
    await new Promise((r) => setTimeout(r, 50))
    const counted = db.people.count().then((n) => order.push(`orang ${n}`))
    await new Promise((r) => setTimeout(r, 100))
    expect(order).toEqual([])
    release()
    const undo = await restoring
    await counted
    // The read saw the restored data, and only after the backup was written.
    expect(order[0]).toBe('cadangan')
    expect(order.slice(1).sort()).toEqual(['orang 7', 'pulih'])
    expect(undo?.reason).toBe('sebelum-pulihkan')
    expect(await db.people.count()).toBe(7)
    const undone = await planRestore(db, fake.backups[0]?.json ?? '')
    if (!undone.ok) throw new Error('undo backup invalid')
    expectSameData(before, undone.snapshot)
  })

  test('a backup that fails leaves the data as it was, and says why', async () => {
    const db = freshDb()
    const before = small(23, 4)
    await replaceAll(db, before)
    const plan = await planRestore(db, await backupJsonOf(small(24, 7)))
    if (!plan.ok) throw new Error('expected valid')
    backupStore().write = async () => {
      throw new Error('Folder cadangan penuh')
    }
    await expect(restore(db, plan)).rejects.toThrow('Folder cadangan penuh')
    expectSameData(before, await readSnapshot(db))
  })

  test('a restore the database refuses still leaves the backup of the data before it', async () => {
    const db = freshDb()
    const before = small(25, 4)
    await replaceAll(db, before)
    const plan = await planRestore(db, await backupJsonOf(small(26, 7)))
    if (!plan.ok) throw new Error('expected valid')
    // Past the checks: a number twice, which only the database's unique index refuses.
    const [first] = plan.snapshot.letters
    if (!first) throw new Error('fixture too small')
    const broken = { ...plan, snapshot: { ...plan.snapshot, letters: [...plan.snapshot.letters, { ...first, id: 'salinan-nomor' }] } }
    // A backup slower to write than the transaction is to fail: the failure is told once it is written.
    const store = backupStore()
    const write = store.write.bind(store)
    store.write = async (args) => {
      await new Promise((r) => setTimeout(r, 200))
      return write(args)
    }
    await expect(restore(db, broken)).rejects.toThrow()
    expectSameData(before, await readSnapshot(db))
    expect(fake.backups.map((b) => b.reason)).toEqual(['sebelum-pulihkan'])
    const undone = await planRestore(db, fake.backups[0]?.json ?? '')
    if (!undone.ok) throw new Error('undo backup invalid')
    expectSameData(before, undone.snapshot)
  })
})
