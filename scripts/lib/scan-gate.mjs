// The gate of `npm run scan`: a scanner finding passes only when docs/security.md explains that exact finding,
// by check, file, line and a hash of the line's source. A new finding fails, even in a file that already has an
// explained one (a second shell.openExternal in register.ts), and so does an explained line that changed.
import { createHash } from 'node:crypto'

/** "sha256:" and the first 16 hex digits of the SHA-256 of the line without its indentation. */
export function lineHash(sourceLine) {
  return `sha256:${createHash('sha256').update(String(sourceLine).trim(), 'utf8').digest('hex').slice(0, 16)}`
}

/** Table rows: | `CHECK` | `file:line` | `sha256:…` | why it is safe | */
export function parseExplained(doc) {
  const row = /^\|\s*`([A-Z_]+)`\s*\|\s*`([^`:]+):(\d+)`\s*\|\s*`(sha256:[0-9a-f]{16})`\s*\|\s*(\S.*?)\s*\|\s*$/gm
  return [...doc.matchAll(row)].map((m) => ({ check: m[1], file: m[2], line: Number(m[3]), hash: m[4], reason: m[5] }))
}

const key = (check, file, line, hash) => `${check} ${file}:${line} ${hash}`

/**
 * findings: [{ check, file, line }]; sourceLine(file, line) returns that line of the scanned source.
 * open: findings no row explains (each with the hash a row would need); stale: rows no finding matches.
 */
export function gate(findings, explained, sourceLine) {
  const rows = new Map(explained.map((e) => [key(e.check, e.file, e.line, e.hash), e]))
  const matched = new Set()
  const open = []
  const all = findings.map((f) => {
    const hash = lineHash(sourceLine(f.file, f.line) ?? '')
    const k = key(f.check, f.file, f.line, hash)
    const ok = rows.has(k)
    if (ok) matched.add(k)
    else open.push({ ...f, hash })
    return { ...f, hash, accepted: ok }
  })
  const stale = [...rows.entries()].filter(([k]) => !matched.has(k)).map(([, e]) => e)
  return { all, open, stale }
}
