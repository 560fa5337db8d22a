/**
 * Writes the sample office (TP PKK Provinsi Sumatera Barat, Rapat Konsultasi dengan OPD, Desember 2019)
 * to resources/sample/sumbar-2019.json in the app's data-file format.
 *
 *   npx tsx scripts/make-sample.ts          write the file
 *   npx tsx scripts/make-sample.ts --check  only check that the committed file is up to date
 *
 * The output is deterministic: ids come from a seed, times are fixed, so a rerun changes nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readDataFile, type Snapshot } from '../shared/datafile'
import { buildSampleText, comparableSampleText } from './sample/build'
import { sampleCounters2019 } from './sample/letters'

const target = fileURLToPath(new URL('../resources/sample/sumbar-2019.json', import.meta.url))

/** What readDataFile cannot know: the scenario's numbers and the links between tables. */
function scenarioProblems(s: Snapshot): string[] {
  const problems: string[] = []
  if (s.people.length !== 65) problems.push(`Peserta harus 65 orang, ada ${s.people.length}`)
  const orgIds = new Set(s.organisations.map((o) => o.id))
  const groupIds = new Set(s.groups.map((g) => g.id))
  for (const [table, rows] of Object.entries(s)) {
    // letterCodes are keyed by their code, every other table by id (renderer/src/data/db.ts)
    const keys = (rows as { id?: string; code?: string }[]).map((r) => r.id ?? r.code)
    if (keys.some((k) => !k) || new Set(keys).size !== keys.length) problems.push(`${table}: kunci kosong atau ganda`)
  }
  s.people.forEach((p, i) => {
    if (!p.organisationId || !orgIds.has(p.organisationId)) problems.push(`people[${i}].organisationId: organisasi tidak ada`)
    if (p.groupIds.length === 0 || p.groupIds.some((g) => !groupIds.has(g))) problems.push(`people[${i}].groupIds: kelompok tidak ada`)
  })
  s.organisations.forEach((o, i) => {
    if (o.groupIds.some((g) => !groupIds.has(g))) problems.push(`organisations[${i}].groupIds: kelompok tidak ada`)
  })
  const phones = s.people.map((p) => p.phone)
  if (new Set(phones).size !== phones.length) problems.push('people: ada nomor HP ganda')
  for (const [code, last] of Object.entries(sampleCounters2019)) {
    const counter = s.counters.find((c) => c.key === code && c.year === 2019)
    if (counter?.last !== last) problems.push(`counters: ${code} 2019 harus ${last}`)
    const seqs = s.letters.filter((l) => l.counterKey === code && l.year === 2019).map((l) => l.seq)
    if (Math.max(...seqs) !== last) problems.push(`letters: nomor ${code} terakhir harus ${last}`)
  }
  const numbers = s.letters.map((l) => l.number)
  if (new Set(numbers).size !== numbers.length) problems.push('letters: ada nomor surat ganda')
  return problems
}

function main(): number {
  const text = buildSampleText()
  const result = readDataFile(text)
  if (!result.ok) {
    console.error('Data contoh tidak valid:')
    for (const p of result.problems) console.error(`  ${p.path || '(berkas)'}: ${p.message}`)
    return 1
  }
  const problems = scenarioProblems(result.snapshot)
  if (problems.length > 0) {
    console.error('Data contoh tidak sesuai skenario:')
    for (const p of problems) console.error(`  ${p}`)
    return 1
  }
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {
      // missing file: reported below as out of date
    }
    if (comparableSampleText(current) !== comparableSampleText(text)) {
      console.error(`${target} tidak sesuai; jalankan: npx tsx scripts/make-sample.ts`)
      return 1
    }
    console.log(`${target} sudah sesuai.`)
    return 0
  }
  writeFileSync(target, text)
  const s = result.snapshot
  console.log(
    `Ditulis ${target}: ${s.people.length} orang, ${s.organisations.length} organisasi, ${s.groups.length} kelompok, ${s.letters.length} surat.`
  )
  return 0
}

process.exitCode = main()
