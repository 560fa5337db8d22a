import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import {
  checked,
  DATA_VERSION,
  checkRecord,
  dataFileSchema,
  emptySnapshot,
  readDataFile,
  RecordCheckError,
  tableDescriptors,
  tableNames,
  tablesChecksum,
  toDataFile,
  type Snapshot
} from '@shared/datafile'
import { tableLabel } from '@shared/datafile/labels'
import { upgradeDataFile } from '@shared/datafile/upgrade'
import { docPath, docWithTables, tablesMarkdown } from '../../../scripts/make-schema'
import { generateOffice } from '../../fixtures/ten-year-office'

// Written by the app before the table descriptors existed (profile with two images, a certificate).
const fixtureText = readFileSync(new URL('../../fixtures/data-file-v2.json', import.meta.url), 'utf8')

describe('one descriptor per table', () => {
  test('the tables in the order of the data file (the checksum is computed in this order)', () => {
    expect(tableNames).toEqual([
      'profile',
      'settings',
      'organisations',
      'people',
      'groups',
      'letterCodes',
      'counters',
      'letters',
      'meetings',
      'invitees',
      'documents',
      'roles',
      'legalBases',
      'attendance',
      'minutes',
      'actionItems',
      'certificates',
      'signatures',
      'deliveries',
      'meetingPhotos',
      'laporan'
    ])
    expect(Object.keys(emptySnapshot())).toEqual(tableNames)
    expect(Object.keys(dataFileSchema.shape.tables.shape)).toEqual(tableNames)
    expect(Object.keys(toDataFile(emptySnapshot(), '0').tables)).toEqual(tableNames)
  })

  test('labels come from the descriptors', () => {
    expect(tableLabel.profile).toBe('Data kantor')
    expect(tableLabel.minutes).toBe('Notulen')
    expect(Object.keys(tableLabel)).toEqual(tableNames)
  })

  test('the upgrade from format 1 adds exactly the tables that appeared in version 2', () => {
    const up = upgradeDataFile({ format: 'x', version: 1, tables: {} }, 1, 2) as { tables: Record<string, unknown> }
    expect(Object.keys(up.tables).sort()).toEqual(tableNames.filter((n) => tableDescriptors[n].since === 2).sort())
  })

  test('a file written before the descriptors reads with its checksum', () => {
    const read = readDataFile(fixtureText)
    if (!read.ok) throw new Error(JSON.stringify(read.problems))
    expect(read.checksum).toBe('ok')
    expect(read.snapshot.profile[0]?.stamp?.data).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70]))
    expect(read.snapshot.certificates[0]?.p12).toBeInstanceOf(Uint8Array)
    expect(read.snapshot.letters).toHaveLength(30)
  })

  test('the same office is written byte for byte as before the descriptors (same checksum)', () => {
    // How test/fixtures/data-file-v2.json was made, with the code of the app before this change.
    const office = generateOffice({ years: 1, letters: 30, people: 12, organisations: 4 }, 11)
    office.profile[0]!.stamp = { mime: 'image/jpeg', name: 'stempel.jpg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70]) }
    const file = toDataFile(office, '0.1.0', new Date('2026-12-01T00:00:00.000Z'))
    // Formats 4 to 6 added tables at the end (signatures, deliveries, meetingPhotos, laporan; empty here):
    // without them the tables and their checksum are the version-2 file's byte for byte.
    const { signatures, deliveries, meetingPhotos, laporan, ...older } = file.tables
    for (const t of [signatures, deliveries, meetingPhotos, laporan]) expect(t).toEqual([])
    expect(tablesChecksum(older)).toBe((JSON.parse(fixtureText) as { checksum: string }).checksum)
    // Format 3 changed the header's version only (its new fields are optional and absent here); since
    // then the file also carries the whole-file checksum, after everything else.
    expect(file.version).toBe(DATA_VERSION)
    const { fileChecksum: whole, ...rest } = file
    expect(whole).toMatch(/^crc32h:[0-9a-f]{8}$/)
    expect(`${JSON.stringify({ ...rest, version: 2, checksum: tablesChecksum(older), tables: older }, null, 2)}\n`).toBe(fixtureText)
  })

  test('a backup carries the office\'s tata naskah and each legal basis\'s kind, and an older file reads without them', () => {
    const office = generateOffice({ years: 1, letters: 5, people: 3, organisations: 2 }, 7)
    office.profile[0]!.tataNaskah = { pageNumbers: 'bawah-kanan', nameUnderline: true }
    office.legalBases = [{ id: 'lb1', text: 'Program Kerja TP PKK Tahun 2019', order: 1, active: true, kind: 'memperhatikan' }]
    const read = readDataFile(JSON.stringify(toDataFile(office, '0.1.0')))
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '))
    expect(read.snapshot.profile[0]?.tataNaskah).toEqual({ pageNumbers: 'bawah-kanan', nameUnderline: true })
    expect(read.snapshot.legalBases[0]?.kind).toBe('memperhatikan')
    const older = readDataFile(fixtureText)
    if (!older.ok) throw new Error('fixture')
    expect(older.snapshot.profile[0]?.tataNaskah).toBeUndefined()
  })

  test('toJson and fromJson are inverse for every table of a generated office', () => {
    const office = generateOffice({ years: 1, letters: 20, people: 10, organisations: 3 }, 5)
    for (const n of tableNames) {
      const d = tableDescriptors[n] as unknown as { toJson(r: unknown): unknown; fromJson(j: unknown): unknown }
      const rows: unknown[] = office[n]
      expect(rows.map((r) => d.fromJson(d.toJson(r))), n).toEqual(rows)
    }
  })
})

describe('checked(): what the data layer writes, checked with the schema a restore reads with', () => {
  const office: Snapshot = generateOffice({ years: 1, letters: 5, people: 3, organisations: 2 }, 3)
  const person = office.people[0]!

  test('a valid record comes back as a restore would read it (text trimmed, unknown fields dropped)', () => {
    const out = checked('people', { ...person, name: '  Ny. Élise Koto 🌸  ', extra: 1 } as typeof person)
    expect(out.name).toBe('Ny. Élise Koto 🌸')
    expect(out).not.toHaveProperty('extra')
  })

  test('a record its restore would refuse is refused, naming the table and the field in Indonesian', () => {
    const long = { ...person, name: 'a'.repeat(201) }
    expect(() => checked('people', long)).toThrow(RecordCheckError)
    expect(() => checked('people', long)).toThrow('Data orang tidak dapat disimpan (name): Nama paling banyak 200 karakter')
    const r = checkRecord('organisations', { ...office.organisations[0]!, kind: 'dinas' as 'opd' })
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['kind'])
  })
})

describe('docs/data-format.md', () => {
  test('its table of tables is the one the descriptors generate (npx tsx scripts/make-schema.ts)', () => {
    const doc = readFileSync(docPath, 'utf8')
    expect(doc).toBe(docWithTables(doc))
    for (const n of tableNames) expect(tablesMarkdown()).toContain(`| \`${n}\` | ${tableDescriptors[n].label} |`)
  })
})
