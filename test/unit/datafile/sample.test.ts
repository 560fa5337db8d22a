import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readDataFile, type Snapshot } from '@shared/datafile'
import { buildSampleText, comparableSampleText } from '../../../scripts/sample/build'

const samplePath = new URL('../../../resources/sample/sumbar-2019.json', import.meta.url)
const text = readFileSync(samplePath, 'utf8')

function sample(): Snapshot {
  const result = readDataFile(text)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  return result.snapshot
}

describe('the sample office: TP PKK Provinsi Sumatera Barat, Rapat Konsultasi dengan OPD, Desember 2019', () => {
  test('is a valid data file the app can load', () => {
    const result = readDataFile(text)
    expect(result.ok ? [] : result.problems).toEqual([])
    expect(result.ok && result.officeName).toBe('TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
  })

  test('is up to date with scripts/make-sample.ts', () => {
    // On failure: run `npx tsx scripts/make-sample.ts` and commit resources/sample/sumbar-2019.json.
    // Images are compared by their pixels: another Node's zlib may compress the logo to other bytes.
    expect(comparableSampleText(text)).toBe(comparableSampleText(buildSampleText()))
  })

  test('the office is the one of the article, led by Ny. Hj. Nevi Irwan Prayitno', () => {
    const [office] = sample().profile
    expect(office).toMatchObject({
      level: 'provinsi',
      regionName: 'Sumatera Barat',
      officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
      address: 'Jalan Rasuna Said No. 76 Padang',
      ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
      ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
      placeName: 'Padang',
      officeCode: 'PKK-PROP',
      paper: 'F4',
      timeZone: 'WIB'
    })
    expect(office?.sekretarisName).not.toBe('')
    expect(office?.logo?.mime).toBe('image/png')
    expect(Array.from(office?.logo?.data.subarray(0, 4) ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  test('has the 65 participants of the meeting, some 20 OPD and the TP PKK Kabupaten/Kota', () => {
    const s = sample()
    expect(s.people).toHaveLength(65)
    const opd = s.organisations.filter((o) => o.kind === 'opd')
    expect(opd.length).toBeGreaterThanOrEqual(18)
    expect(opd.length).toBeLessThanOrEqual(24)
    for (const o of opd) expect(o.headTitle).toMatch(/^Kepala .+ Provinsi Sumatera Barat$/)
    expect(s.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['TP PKK Kota Padang', 'Dinas Kesehatan Provinsi Sumatera Barat']))
    expect(s.groups.map((g) => g.name).sort()).toEqual(['OPD Terkait', 'Pengurus TP PKK Provinsi', 'TP PKK Kabupaten/Kota'])
    expect(s.people.some((p) => p.name.includes("'"))).toBe(true)
  })

  test("every person's organisation and groups exist", () => {
    const s = sample()
    const orgs = new Set(s.organisations.map((o) => o.id))
    const groups = new Set(s.groups.map((g) => g.id))
    for (const p of s.people) {
      expect(orgs.has(p.organisationId ?? ''), p.name).toBe(true)
      expect(p.groupIds.length, p.name).toBeGreaterThan(0)
      for (const g of p.groupIds) expect(groups.has(g), p.name).toBe(true)
    }
    for (const o of s.organisations) for (const g of o.groupIds) expect(groups.has(g), o.name).toBe(true)
    expect(new Set(s.people.map((p) => p.id)).size).toBe(65)
  })

  test('the Ketua and the Sekretaris of the profile are among the pengurus', () => {
    const s = sample()
    const [office] = s.profile
    const names = s.people.map((p) => p.name)
    expect(names).toContain(office?.ketuaName)
    expect(names).toContain(office?.sekretarisName)
  })

  test('counters for 2019 stand at SKR 295 and KEP 21, so the demo issues 296/SKR and 22/KEP', () => {
    const s = sample()
    const last = (key: string) => s.counters.find((c) => c.key === key && c.year === 2019)?.last
    expect(last('SKR')).toBe(295)
    expect(last('KEP')).toBe(21)
    expect(s.settings).toHaveLength(1)
    expect(s.letterCodes.map((c) => c.code)).toEqual(['KEP', 'SKR', 'POKJA I', 'POKJA II', 'POKJA III', 'POKJA IV'])
  })

  test('the register already holds the letters before the scenario, and not 296/SKR or 22/KEP', () => {
    const s = sample()
    const numbers = s.letters.map((l) => l.number)
    expect(numbers).toContain('295/SKR/PKK-PROP/XII/2019')
    expect(numbers).toContain('21/KEP/PKK-PROP/XII/2019')
    expect(numbers).not.toContain('296/SKR/PKK-PROP/XII/2019')
    expect(numbers).not.toContain('22/KEP/PKK-PROP/XII/2019')
    for (const l of s.letters) {
      expect(l.number).toBe(`${l.seq}/${l.code}/PKK-PROP/XII/2019`)
      expect(l).toMatchObject({ year: 2019, insert: 0, status: 'aktif', counterKey: l.code })
      expect(l.date < '2019-12-16').toBe(true)
    }
  })
})
