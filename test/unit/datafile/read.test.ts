import { describe, expect, test } from 'vitest'
import { CHECKSUM_MISMATCH, DATA_VERSION, emptySnapshot, readDataFile, tablesChecksum, toDataFile, type DataFileProblem, type ReadResult, type Snapshot } from '@shared/datafile'
import { defaultLetterCodes, defaultNumberingSettings } from '@shared/model'

const at = '2019-12-17T02:00:00.000Z'

/** One row in every table, a logo and a stamp whose lengths cover every base64 padding case. */
function snapshot(): Snapshot {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0x00])
  return {
    ...emptySnapshot(),
    profile: [
      {
        id: 'office',
        level: 'provinsi',
        regionName: 'Sumatera Barat',
        officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
        address: 'Jalan Rasuna Said No. 76 Padang',
        phone: '(0751) 31614',
        email: 'tppkk.sumbar@gmail.com',
        website: '',
        ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
        ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
        sekretarisName: "Ny. Elly Ma'ruf Azwar",
        placeName: 'Padang',
        officeCode: 'PKK-PROP',
        paper: 'F4',
        timeZone: 'WIB',
        logo: { mime: 'image/png', name: 'logo.png', data: png },
        stamp: { mime: 'image/jpeg', name: 'cap.jpg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) },
        updatedAt: at
      }
    ],
    settings: [{ ...defaultNumberingSettings }],
    organisations: [
      {
        id: 'org-dinkes',
        name: 'Dinas Kesehatan Provinsi Sumatera Barat',
        kind: 'opd',
        headTitle: 'Kepala Dinas Kesehatan Provinsi Sumatera Barat',
        address: 'Jalan Perintis Kemerdekaan No. 65 Padang',
        phone: '(0751) 21023',
        email: '',
        groupIds: ['grp-opd'],
        createdAt: at,
        updatedAt: at
      }
    ],
    people: [
      {
        id: 'p-1',
        name: 'dr. Hj. Elvi Suryani, M.Kes',
        position: 'Kepala Dinas',
        organisationId: 'org-dinkes',
        phone: '0812-6634-1209',
        email: '',
        groupIds: ['grp-opd'],
        notes: 'Narasumber 😊',
        createdAt: at,
        updatedAt: at
      },
      { id: 'p-2', name: 'Tamu tanpa instansi', position: '', phone: '', email: '', groupIds: [], notes: '', createdAt: at, updatedAt: at }
    ],
    groups: [{ id: 'grp-opd', name: 'OPD Terkait', description: '', createdAt: at }],
    letterCodes: defaultLetterCodes.map((c) => ({ ...c })),
    counters: [{ id: 'c-skr-2019', key: 'SKR', year: 2019, last: 296 }],
    letters: [
      {
        id: 'l-296',
        date: '2019-12-17',
        kepada: 'Kepala OPD Terkait (daftar terlampir)',
        perihal: 'Undangan Rakon dengan OPD terkait',
        lampiran: '1 (satu) lembar',
        tembusan: '',
        code: 'SKR',
        counterKey: 'SKR',
        year: 2019,
        seq: 296,
        insert: 0,
        number: '296/SKR/PKK-PROP/XII/2019',
        status: 'aktif',
        cancelReason: '',
        source: 'app',
        documentKind: 'undangan',
        createdAt: at,
        updatedAt: at
      }
    ]
  }
}

const fileText = (s: Snapshot = snapshot()) => JSON.stringify(toDataFile(s, '0.1.0', new Date(at)))

/**
 * The file as plain JSON, to break one thing in it. Without its checksums, as a file made by hand would
 * be: read through "Periksa dan pulihkan tetap" (handMade), the checks of every field must hold on their own.
 */
function fileJson(): { version: number; tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown> {
  const json = JSON.parse(fileText()) as ReturnType<typeof fileJson>
  delete json.checksum
  delete json.fileChecksum
  return json
}

/** A file without a checksum, read as the user may choose to after being warned. */
const handMade = (json: object) => readDataFile(JSON.stringify(json), { acceptDamaged: true })

/** The file exactly as written, checksum and all. */
const writtenJson = () => JSON.parse(fileText()) as ReturnType<typeof fileJson>

function problems(result: ReadResult): DataFileProblem[] {
  if (result.ok) throw new Error('berkas seharusnya ditolak')
  return result.problems
}

/** Indonesian, not zod's English defaults. */
function expectIndonesian(list: DataFileProblem[]) {
  expect(list.length).toBeGreaterThan(0)
  for (const p of list) {
    expect(typeof p.path).toBe('string')
    expect(p.message).not.toMatch(/\b(Invalid|expected|received|Required)\b/)
  }
}

describe('reading a data file', () => {
  test('a backup read back gives the same data, images byte for byte', () => {
    const original = snapshot()
    const result = readDataFile(fileText(original))
    expect(result.ok ? [] : result.problems).toEqual([])
    if (!result.ok) return
    expect(result.snapshot).toEqual(original)
    expect(result.officeName).toBe('TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
    expect(result.snapshot.profile[0]?.logo?.data).toBeInstanceOf(Uint8Array)
    expect(Array.from(result.snapshot.profile[0]?.logo?.data ?? [])).toEqual(Array.from(original.profile[0]?.logo?.data ?? []))
  })

  test('images of every length survive base64 (no padding, one =, two =)', () => {
    for (const length of [1, 2, 3, 4, 5, 6, 1000, 65_537]) {
      const s = snapshot()
      const data = new Uint8Array(length).map((_, i) => (i * 37 + length) & 0xff)
      s.profile[0] = { ...s.profile[0]!, ketuaSignature: { mime: 'image/png', name: 'ttd.png', data } }
      const result = readDataFile(fileText(s))
      expect(result.ok && Array.from(result.snapshot.profile[0]?.ketuaSignature?.data ?? [])).toEqual(Array.from(data))
    }
  })

  test('an empty office (no profile yet) reads back empty', () => {
    const empty: Snapshot = { ...snapshot(), profile: [], people: [], letters: [] }
    const result = readDataFile(fileText(empty))
    expect(result.ok && result.officeName).toBe(null)
  })

  test('refuses a corrupt file, saying so for the whole file', () => {
    const list = problems(readDataFile('{"format": "sekretariat-pkk-data", "version": 1, tables: }'))
    expect(list).toEqual([{ path: '', message: expect.stringContaining('rusak') as string }])
    expectIndonesian(list)
  })

  test('refuses a truncated file', () => {
    const text = fileText()
    const list = problems(readDataFile(text.slice(0, Math.floor(text.length / 2))))
    expect(list[0]?.message).toMatch(/terpotong/)
    expect(problems(readDataFile(''))[0]?.message).toMatch(/terpotong/)
  })

  test('refuses a file of another format', () => {
    for (const other of ['{"name": "sekretariat-pkk", "version": "0.1.0"}', '[1, 2, 3]', 'null', '"teks"']) {
      const list = problems(readDataFile(other))
      expect(list).toEqual([{ path: 'format', message: 'Berkas ini bukan berkas data Sekretariat PKK.' }])
    }
  })

  test('refuses a file from a newer app (format 99) and asks to update the app', () => {
    const json = fileJson()
    json.version = 99
    const list = problems(handMade(json))
    expect(list).toHaveLength(1)
    expect(list[0]?.path).toBe('version')
    expect(list[0]?.message).toMatch(/lebih baru \(format 99\)/)
    expect(list[0]?.message).toMatch(/Perbarui aplikasi/)
    expect(DATA_VERSION).toBeLessThan(99)
  })

  test('an older file (format 1, before meetings) is upgraded, not refused', () => {
    const json = fileJson()
    json.version = 1
    delete json.tables.meetings
    delete json.tables.invitees
    delete json.tables.documents
    const result = handMade(json)
    expect(result.ok ? [] : result.problems).toEqual([])
    expect(result.ok && result.snapshot.meetings).toEqual([])
    expect(result.ok && result.snapshot.letters).toEqual(snapshot().letters)
  })

  test('refuses a version that is not a whole number', () => {
    const json = fileJson() as Record<string, unknown>
    json.version = '1'
    expect(problems(handMade(json))).toEqual([{ path: 'version', message: 'Versi berkas tidak dikenali.' }])
  })

  test('refuses a wrong field and says where it is', () => {
    const json = fileJson()
    json.tables.people![0]!.email = 'bukan-alamat'
    const list = problems(handMade(json))
    expect(list).toEqual([{ path: 'people[0].email', message: 'Alamat e-mail tidak valid' }])
  })

  test('a field of the wrong type or a missing field gets an Indonesian message too', () => {
    const json = fileJson()
    json.tables.people![1]!.groupIds = 'OPD Terkait'
    delete json.tables.letters![0]!.perihal
    json.tables.counters![0]!.last = -1
    const list = problems(handMade(json))
    expect(list.map((p) => p.path).sort()).toEqual(['counters[0].last', 'letters[0].perihal', 'people[1].groupIds'])
    expectIndonesian(list)
  })

  test('a damaged image is reported, not thrown', () => {
    for (const base64 of ['A', '=A=', '', 'iVBORw0KGgo', 'ab!d']) {
      const json = fileJson()
      const profile = json.tables.profile![0]!
      profile.logo = { mime: 'image/png', name: 'logo.png', base64 }
      const list = problems(handMade(json))
      expect([...new Set(list.map((p) => p.path))]).toEqual(['profile[0].logo.base64'])
      expectIndonesian(list)
    }
  })

  test('a date that is not on the calendar is refused', () => {
    const json = fileJson()
    json.tables.letters![0]!.date = '2019-02-30'
    expect(problems(handMade(json))).toEqual([{ path: 'letters[0].date', message: 'Tanggal tidak ada di kalender' }])
  })

  describe('the checksum of a file the app wrote', () => {
    test('a file as written reads, also pretty-printed; one without a checksum is refused unless the user reads it anyway', () => {
      const written = readDataFile(fileText())
      expect(written.ok && written.checksum).toBe('ok')
      expect(readDataFile(JSON.stringify(writtenJson(), null, 2)).ok).toBe(true)
      const refused = problems(readDataFile(JSON.stringify(fileJson())))
      expect(refused).toEqual([{ path: CHECKSUM_MISMATCH, message: expect.stringMatching(/tidak memiliki kode pemeriksaan/) as string }])
      const none = handMade(fileJson())
      expect(none.ok && none.checksum).toBe('none')
    })

    test('the header is covered: a version changed from 3 to 2 (the whole-file checksum) is damage', () => {
      const json = writtenJson()
      json.version = 2
      expect(problems(readDataFile(JSON.stringify(json)))[0]?.path).toBe(CHECKSUM_MISMATCH)
    })

    test('an older file (tables checksum only) whose version was lowered to 1 while it holds meetings is refused, not emptied', () => {
      const meetingJson = { id: 'm-1' }
      const json = writtenJson()
      delete json.fileChecksum
      json.version = 1
      json.tables.meetings = [meetingJson]
      json.checksum = tablesChecksum(json.tables)
      const list = problems(readDataFile(JSON.stringify(json)))
      expect(list).toEqual([{ path: 'meetings', message: expect.stringMatching(/format 1 tidak mungkin memuat tabel Rapat/) as string }])
    })

    test('one changed letter in a name, a renamed optional key, a changed number: refused, nothing read', () => {
      const renamed = writtenJson()
      renamed.tables.people![0]!.name = 'dr. Hj. Elvi Suryani, M.Kez'
      const key = writtenJson()
      const person = key.tables.people![0]!
      person.organisationIc = person.organisationId
      delete person.organisationId
      const number = writtenJson()
      number.tables.counters![0]!.last = Number(number.tables.counters![0]!.last) + 1
      for (const damaged of [renamed, key, number]) {
        const list = problems(readDataFile(JSON.stringify(damaged)))
        expect(list).toHaveLength(1)
        expect(list[0]?.path).toBe(CHECKSUM_MISMATCH)
        expect(list[0]?.message).toMatch(/kode pemeriksaan tidak cocok/)
        expectIndonesian(list)
      }
      // Without the checksum the renamed key would have been dropped without a word.
      delete key.checksum
      delete key.fileChecksum
      const dropped = handMade(key)
      expect(dropped.ok && dropped.snapshot.people[0]?.organisationId).toBeUndefined()
    })

    test('a damaged checksum itself is refused', () => {
      for (const checksum of ['crc32:zzzzzzzz', 'md5:0', 12]) {
        const json = writtenJson()
        json.checksum = checksum
        expect(problems(readDataFile(JSON.stringify(json)))[0]?.path).toBe(CHECKSUM_MISMATCH)
        delete json.fileChecksum
        expect(problems(readDataFile(JSON.stringify(json)))[0]?.path).toBe(CHECKSUM_MISMATCH)
        const whole = writtenJson()
        whole.fileChecksum = checksum
        expect(problems(readDataFile(JSON.stringify(whole)))[0]?.path).toBe(CHECKSUM_MISMATCH)
      }
    })

    test('the user may read a damaged file anyway; every other check still holds', () => {
      const json = writtenJson()
      json.tables.people![0]!.name = 'dr. Hj. Elvi Suryani, M.Kez'
      const read = readDataFile(JSON.stringify(json), { acceptDamaged: true })
      expect(read.ok && read.checksum).toBe('damaged')
      expect(read.ok && read.snapshot.people[0]?.name).toBe('dr. Hj. Elvi Suryani, M.Kez')
      json.tables.people![0]!.email = 'bukan-alamat'
      expect(problems(readDataFile(JSON.stringify(json), { acceptDamaged: true }))).toEqual([{ path: 'people[0].email', message: 'Alamat e-mail tidak valid' }])
    })
  })
})
