// Runs electronegativity over electron/ and renderer/ together (so global checks see the main process
// and the page at once) and fails on any finding that docs/security.md does not explain at its exact place:
// check, file:line and a hash of that line's source (scripts/lib/scan-gate.mjs). A new finding fails even in a
// file that already has an explained one; an explained row that no longer matches fails too, so the table stays true.
// SARIF rather than CSV: the CSV quoting of findings whose sample holds quotes is not reliable.
// SARIF carries no severity, so every finding must be explained (stricter than "above informational").
// Usage: node scripts/security-scan.mjs
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gate, parseExplained } from './lib/scan-gate.mjs'

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
      file: uri ? relative(work, uri).split('\\').join('/') : 'N/A',
      line: Number(loc?.region?.startLine ?? 0)
    }
  })
  const sources = new Map()
  const sourceLine = (file, line) => {
    if (!sources.has(file)) {
      let text = ''
      try {
        text = readFileSync(join(work, file), 'utf8')
      } catch {
        // A finding without a file (N/A) has no line to hash.
      }
      sources.set(file, text.split(/\r?\n/))
    }
    return sources.get(file)[line - 1]
  }
  const explained = parseExplained(readFileSync(join(root, 'docs/security.md'), 'utf8'))
  const { all, open, stale } = gate(findings, explained, sourceLine)
  for (const f of all) {
    const mark = f.accepted ? 'diterima' : 'BELUM DITERIMA'
    console.log(`${f.check.padEnd(28)} ${`${f.file}:${f.line}`.padEnd(34)} ${f.hash}  ${mark.padEnd(15)} ${f.message}`)
  }
  for (const e of stale) console.log(`Baris tabel tanpa temuan (hapus atau perbarui): ${e.check} ${e.file}:${e.line} ${e.hash}`)
  console.log(`electronegativity: ${findings.length} temuan, ${open.length} belum dijelaskan di docs/security.md, ${stale.length} baris tabel usang`)
  if (open.length > 0) console.log('Jelaskan setiap temuan baru di docs/security.md: | `CHECK` | `berkas:baris` | `sha256:…` | alasan |')
  // exitCode rather than exit(): the temporary copy is still removed below.
  if (open.length > 0 || stale.length > 0) process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
