import { readdir, readFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface AssetSize {
  file: string
  bytes: number
  gzip: number
  /** What it is, for the lazy list: "pdfmake (render-pdf)", "fonts", ... */
  what: string
}

export interface SizeReport {
  initial: { js: AssetSize[]; css: AssetSize[]; jsGzip: number; jsBytes: number }
  lazy: AssetSize[]
  /** Which libraries are (wrongly) in the initial JavaScript; empty when all load on first use. */
  eagerLibraries: string[]
  /** The largest parts of the initial JavaScript by source module (only when the build is not minified). */
  initialParts: { part: string; bytes: number; gzip: number }[]
  minified: boolean
}

/** Markers only the library's own code contains (a MIME type string in our code does not count). */
const LIBRARY_MARKERS: readonly { library: string; marker: string }[] = [
  { library: 'docx', marker: 'schemas.openxmlformats.org/wordprocessingml/2006/main' },
  { library: 'exceljs', marker: 'schemas.openxmlformats.org/spreadsheetml/2006/main' },
  { library: 'pdfmake', marker: 'PDFKit' },
  // A TrueType file inlined as base64 starts with 00 01 00 00.
  { library: 'fonts', marker: ';base64,AAEAAA' }
]

function describe(file: string, code: string): string {
  if (/\.(ttf|otf|woff2?)$/.test(file)) return 'font (Liberation)'
  if (/^render-worker/.test(file)) return 'render worker (docx + pdfmake)'
  if (/^render-pdf/.test(file)) return 'pdfmake (render-pdf)'
  if (/^render-docx/.test(file)) return 'docx (render-docx)'
  if (/^exceljs/.test(file)) return 'exceljs'
  if (/^sumbar-2019/.test(file)) return 'sample office data'
  if (/^Liberation.*\.js$/.test(file)) return 'font URL stub'
  // Another chunk: named after its largest sources, when the build keeps their comments.
  const parts = [...moduleParts(code)].filter(([k]) => k !== '(bundle runtime)').sort((a, b) => b[1].length - a[1].length)
  return parts.length ? `${parts.slice(0, 2).map(([k]) => k).join(' + ')} (${file.replace(/-[\w-]{8}\.js$/, '')})` : 'shared chunk'
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).byteLength

/** Static `import ... from "./x.js"` / `export ... from` / `import "./x.js"`, minified or not; `import("./x.js")` is lazy and not matched. */
export function staticImports(code: string): string[] {
  const out = new Set<string>()
  const re = /(?:^|[\n;}])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g
  for (const m of code.matchAll(re)) if (m[1]) out.add(m[1])
  return [...out]
}

/** Entry scripts, preloads and stylesheets of the built index.html. */
export function htmlAssets(html: string): { scripts: string[]; css: string[] } {
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '')
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '')
  return { scripts: scripts.filter(Boolean), css: css.filter(Boolean) }
}

/** The code of each package or source folder in an unminified bundle, from the "// path/to/module" comments rolldown writes. */
export function moduleParts(code: string): Map<string, string> {
  const parts = new Map<string, string[]>()
  let current = '(bundle runtime)'
  for (const line of code.split('\n')) {
    const m = /^\/\/ ((?:node_modules\/(?:@[^/]+\/)?[^/]+)|(?:shared|renderer\/src)\/[^/]+)/.exec(line)
    if (m?.[1]) current = m[1].startsWith('renderer/src/') ? 'renderer/src' : m[1].replace(/^node_modules\//, '')
    const lines = parts.get(current) ?? []
    lines.push(line)
    parts.set(current, lines)
  }
  return new Map([...parts].map(([k, v]) => [k, v.join('\n')]))
}

/** The renderer's JavaScript loaded with index.html, and everything that loads later. */
export async function measureSize(rendererDir: string): Promise<SizeReport> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8')
  const entry = htmlAssets(html)
  const assetsDir = join(rendererDir, 'assets')
  const read = (rel: string) => readFile(join(rendererDir, rel))
  const initial = new Set<string>()
  const queue = entry.scripts.map((s) => posix.normalize(s.replace(/^\.\//, '')))
  while (queue.length > 0) {
    const rel = queue.shift() as string
    if (initial.has(rel)) continue
    initial.add(rel)
    const code = (await read(rel)).toString('utf8')
    for (const dep of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(rel), dep)))
  }
  const size = async (rel: string): Promise<AssetSize> => {
    const b = await read(rel)
    const file = posix.basename(rel)
    return { file, bytes: b.byteLength, gzip: gz(b), what: describe(file, /\.js$/.test(file) ? b.toString('utf8') : '') }
  }
  const js = await Promise.all([...initial].map(size))
  const css = await Promise.all(entry.css.map((c) => size(posix.normalize(c.replace(/^\.\//, '')))))
  const initialNames = new Set(js.map((a) => a.file))
  const lazyFiles = (await readdir(assetsDir)).filter((f) => !initialNames.has(f) && !/\.(css|map)$/.test(f))
  const lazy = (await Promise.all(lazyFiles.map((f) => size(`assets/${f}`)))).sort((a, b) => b.gzip - a.gzip)

  const initialCode = (await Promise.all([...initial].map(read))).map((b) => b.toString('utf8')).join('\n')
  const eagerLibraries = LIBRARY_MARKERS.filter((l) => initialCode.includes(l.marker)).map((l) => l.library)
  const jsGzip = js.reduce((a, b) => a + b.gzip, 0)
  const jsBytes = js.reduce((a, b) => a + b.bytes, 0)
  const parts = moduleParts(initialCode)
  const minified = parts.size <= 2
  // Each part gzipped on its own: a little more than its share of the whole, but comparable.
  const initialParts = minified
    ? []
    : [...parts]
        .map(([part, code]) => ({ part, bytes: Buffer.byteLength(code), gzip: gz(Buffer.from(code)) }))
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 8)
  return { initial: { js, css, jsGzip, jsBytes }, lazy, eagerLibraries, initialParts, minified }
}
