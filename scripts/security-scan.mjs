// Runs electronegativity over electron/ and renderer/ together (so global checks see the main process
// and the page at once) and fails on any finding above informational that docs/security.md does not
// list with its reason. Usage: node scripts/security-scan.mjs
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import Papa from 'papaparse'

const root = join(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'pkk-scan-'))
try {
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true })
  cpSync(join(root, 'renderer'), join(work, 'renderer'), { recursive: true })
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
  const csv = join(work, 'hasil.csv')
  const bin = join(root, 'node_modules/.bin/electronegativity')
  // -e: the scanner would otherwise ask the network for Electron's releases.
  execFileSync(bin, ['-i', work, '-e', electronVersion, '-o', csv], { stdio: ['ignore', 'ignore', 'inherit'] })
  const rows = Papa.parse(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() }).data
  const findings = rows
    .map((r) => ({
      check: String(r.issue ?? '').trim(),
      severity: String(r.severity ?? '').trim(),
      file: r.filename && r.filename !== 'N/A' ? relative(work, String(r.filename).trim()) : 'N/A',
      location: String(r.location ?? '').trim()
    }))
    .filter((f) => f.check && f.severity.toUpperCase() !== 'INFORMATIONAL')
  const doc = readFileSync(join(root, 'docs/security.md'), 'utf8')
  // Accepted findings are table rows: | `CHECK` | `file` | reason |
  const accepted = new Set([...doc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|\s*(\S.*)\|\s*$/gm)].map((m) => `${m[1]} ${m[2]}`))
  const open = findings.filter((f) => !accepted.has(`${f.check} ${f.file}`))
  for (const f of findings) {
    const mark = open.includes(f) ? 'BELUM DITERIMA' : 'diterima'
    console.log(`${f.severity.padEnd(8)} ${f.check.padEnd(40)} ${`${f.file}:${f.location}`.padEnd(45)} ${mark}`)
  }
  console.log(`electronegativity: ${findings.length} temuan di atas informational, ${open.length} belum dijelaskan di docs/security.md`)
  if (open.length > 0) process.exit(1)
} finally {
  rmSync(work, { recursive: true, force: true })
}
