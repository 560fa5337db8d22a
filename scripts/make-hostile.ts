/**
 * Writes the small hostile data files of test/fixtures/hostile-corpus.ts to test/fixtures/hostile/
 * (the big ones are made at test time). `--check`: exit 1 when a committed file is out of date.
 *
 *   npx tsx scripts/make-hostile.ts [--check]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { hostileKinds } from '../test/fixtures/hostile-corpus'

const dir = join(import.meta.dirname, '..', 'test', 'fixtures', 'hostile')
const check = process.argv.includes('--check')
mkdirSync(dir, { recursive: true })
let stale = 0
const small = hostileKinds.filter((k) => !k.big)
for (const k of small) {
  const path = join(dir, `${k.name}.json`)
  const text = `${k.text()}\n`
  if (check) {
    let had = ''
    try {
      had = readFileSync(path, 'utf8')
    } catch {
      had = ''
    }
    if (had !== text) {
      stale++
      console.error(`Berkas lama: ${path}`)
    }
  } else writeFileSync(path, text)
}
const extra = readdirSync(dir).filter((f) => !small.some((k) => `${k.name}.json` === f))
for (const f of extra) console.error(`Berkas tidak dibuat oleh generator: ${f}`)
if (check && stale + extra.length > 0) process.exit(1)
console.log(`${check ? 'Diperiksa' : 'Ditulis'} ${small.length} berkas di ${dir}`)
