import { Session } from 'node:inspector/promises'

/** Where the time of a document goes: layout, fonts, serialisation, our own code, the garbage collector. */
export interface Breakdown {
  runs: number
  /** Milliseconds of CPU per run, idle excluded. */
  perRunMs: number
  parts: { part: string; ms: number; share: number }[]
}

/** Packages by the part of the work they do (nested copies, e.g. pdfmake/node_modules/fontkit, count by their own name). */
const PACKAGES: readonly { part: string; test: RegExp }[] = [
  { part: 'layout (pdfmake, linebreak)', test: /^(pdfmake|linebreak)$/ },
  { part: 'fonts (fontkit: shaping, subsetting)', test: /^(fontkit|restructure|unicode-properties|unicode-trie|dfa|brotli|tiny-inflate|clone|@swc\/helpers)$/ },
  { part: 'PDF writing (pdfkit)', test: /^(pdfkit|png-js|jpeg-exif|crypto-js|js-md5)$/ },
  { part: 'DOCX objects and XML (docx)', test: /^(docx|xml|xml-js|nanoid|hash\.js)$/ },
  { part: 'zip (jszip, pako, fflate)', test: /^(jszip|pako|fflate|lie|setimmediate|readable-stream|immediate)$/ },
  { part: 'signing (node-forge)', test: /^(node-forge|@signpdf\/.*)$/ }
]

export function partOf(url: string, functionName: string): string | null {
  if (functionName === '(idle)') return null
  if (functionName === '(garbage collector)') return 'garbage collector'
  if (functionName === '(program)' || functionName === '(root)') return 'V8 (compile, runtime)'
  const pkg = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].pop()?.[1]
  if (pkg) return PACKAGES.find((p) => p.test.test(pkg))?.part ?? `other (${pkg})`
  if (/\/shared\/signing\//.test(url)) return 'signing (node-forge)'
  if (/\/(shared|scripts)\//.test(url)) return 'our layout model and renderers'
  if (url.startsWith('node:')) return 'Node built-ins (zlib, Buffer)'
  return url ? 'other' : 'native (V8 built-ins, zlib)'
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
}

/** Runs `work` `runs` times under V8's sampling profiler and sums self time per part. */
export async function profileRuns(work: () => Promise<unknown>, runs: number): Promise<Breakdown> {
  const session = new Session()
  session.connect()
  try {
    await session.post('Profiler.enable')
    await session.post('Profiler.setSamplingInterval', { interval: 200 })
    await session.post('Profiler.start')
    for (let i = 0; i < runs; i++) await work()
    const { profile } = await session.post('Profiler.stop')
    const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]))
    const totals = new Map<string, number>()
    const samples = profile.samples ?? []
    const deltas = profile.timeDeltas ?? []
    samples.forEach((id, i) => {
      const node = nodes.get(id)
      const part = node ? partOf(node.callFrame.url, node.callFrame.functionName) : 'other'
      if (part === null) return
      // A sample lasts until the next one (how DevTools reads a profile).
      totals.set(part, (totals.get(part) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
    })
    const total = [...totals.values()].reduce((a, b) => a + b, 0)
    const parts = [...totals]
      .map(([part, ms]) => ({ part, ms: ms / runs, share: total ? ms / total : 0 }))
      .sort((a, b) => b.ms - a.ms)
    return { runs, perRunMs: total / runs, parts }
  } finally {
    await session.post('Profiler.disable').catch(() => undefined)
    session.disconnect()
  }
}

/** "layout 45%, fonts 30%, PDF writing 15%" for the parts above 5%. */
export function describeBreakdown(b: Breakdown): string {
  return b.parts
    .filter((p) => p.share >= 0.05)
    .map((p) => `${p.part} ${Math.round(p.share * 100)}%`)
    .join(', ')
}
