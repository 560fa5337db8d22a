// Runs electronegativity over electron/ and renderer/ together (so global checks see the main process
// and the page at once) and fails on any finding that docs/security.md does not list with its reason.
// SARIF rather than CSV: the CSV quoting of findings whose sample holds quotes is not reliable.
// SARIF carries no severity, so every finding must be explained (stricter than "above informational").
// Usage: node scripts/security-scan.mjs
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'pkk-scan-'))
try {
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true })
  cpSync(join(root, 'renderer'), join(work, 'renderer'), { recursive: true })
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
  const sarif = join(work, 'hasil.sarif')
  const bin = join(root, 'node_modules/.bin/electronegativity')
  // -e: the scanner would otherwise ask the network for Electron's releases.
  execFileSync(bin, ['-i', work, '-e', electronVersion, '-o', sarif], { stdio: ['ignore', 'ignore', 'inherit'] })
  const results = JSON.parse(readFileSync(sarif, 'utf8')).runs?.[0]?.results ?? []
  const findings = results.map((r) => {
    const loc = r.locations?.[0]?.physicalLocation
    const uri = loc?.artifactLocation?.uri
    return {
      check: String(r.ruleId ?? ''),
      message: String(r.message?.text ?? ''),
      file: uri ? relative(work, uri) : 'N/A',
      location: loc?.region ? `${loc.region.startLine}:${loc.region.startColumn}` : ''
    }
  })
  const doc = readFileSync(join(root, 'docs/security.md'), 'utf8')
  // Accepted findings are table rows: | `CHECK` | `file` | reason |
  const accepted = new Set([...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|\s*(\S.*)\|\s*$/gm)].map((m) => `${m[1]} ${m[2]}`))
  const open = findings.filter((f) => !accepted.has(`${f.check} ${f.file}`))
  for (const f of findings) {
    const mark = open.includes(f) ? 'BELUM DITERIMA' : 'diterima'
    console.log(`${f.check.padEnd(28)} ${`${f.file}:${f.location}`.padEnd(36)} ${mark.padEnd(15)} ${f.message}`)
  }
  console.log(`electronegativity: ${findings.length} temuan, ${open.length} belum dijelaskan di docs/security.md`)
  if (open.length > 0) process.exit(1)
} finally {
  rmSync(work, { recursive: true, force: true })
}
