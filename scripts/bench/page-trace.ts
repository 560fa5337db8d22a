// Chromium's own timeline (CDP Tracing, the devtools.timeline categories) over one navigation in the page, split
// the way DevTools' Performance panel does: script, style, layout, paint and the main thread idle (waiting for
// IndexedDB or for a frame), with the IndexedDB results as they arrived. The diagnostic of meeting-profile.ts --trace.
import type { CDPSession, Page } from 'playwright-core'

export interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  /** The thread's CPU time in the event, µs. */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string; data?: { type?: string } }
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.execute']
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'])
const LAYOUT = new Set(['Layout', 'UpdateLayerTree'])
const PAINT = new Set(['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'Commit', 'CompositeLayers', 'RasterTask', 'UpdateLayer'])
const TASK = new Set(['RunTask'])

export interface TraceSplit {
  /** From the start mark to the condition's paint, ms. */
  total: number
  /** The main thread's CPU time in its tasks (thread time), ms. */
  cpu: number
  /** CPU time of style, layout and paint (thread time), and of everything else (script, IndexedDB replies, tasks' own work). */
  cpuStyle: number
  cpuLayout: number
  cpuPaint: number
  cpuScript: number
  script: number
  style: number
  layout: number
  paint: number
  /** The main thread with no task: waiting for IndexedDB's replies or for the next frame. */
  idle: number
  /** Main-thread tasks over 1 ms, in order: ms after the start, their length and what they were. */
  tasks: string[]
  /** Mojo replies (IndexedDB's results among them) as they arrived on the main thread, ms after the start. */
  idb: number[]
  /** Frames (BeginMainThreadFrame) begun in the window, ms after the start. */
  frames: number[]
  /** V8's samples in the window: self time per function ("name file:line"), ms. */
  byFunction: Map<string, number>
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  startTime: number
  samples?: number[]
  timeDeltas?: number[]
}

/**
 * Traces `work`, which must call `performance.mark(mark)` in the page where the timed span begins and return the
 * span's end on the page's clock (performance.now()). Returns the main thread's split between the two.
 */
/** Chromium's trace events (only `categories`) recorded while `work` runs, with what `work` returned. */
export async function recordTrace<T>(cdp: CDPSession, categories: readonly string[], work: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const events: TraceEvent[] = []
  const onData = (e: { value: object[] }): void => {
    events.push(...(e.value as TraceEvent[]))
  }
  cdp.on('Tracing.dataCollected', onData)
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()))
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] }, transferMode: 'ReportEvents' })
  try {
    const result = await work()
    await cdp.send('Tracing.end')
    await complete
    return { events, result }
  } finally {
    cdp.off('Tracing.dataCollected', onData)
  }
}

export async function traceSpan(page: Page, cdp: CDPSession, mark: string, work: () => Promise<number>): Promise<TraceSplit> {
  const { events, result } = await recordTrace(cdp, CATEGORIES, async () => {
    // V8's sampler only when asked (PKK_TRACE_JS=1): it slows the page's JavaScript down.
    const sampled = process.env['PKK_TRACE_JS'] === '1'
    if (sampled) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
    }
    const endAt = await work()
    const { profile } = sampled ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }) : { profile: { nodes: [], startTime: 0 } as CpuProfile }
    const markAt = await page.evaluate((m) => performance.getEntriesByName(m, 'mark').at(-1)?.startTime ?? NaN, mark)
    return { endAt, profile, markAt }
  })
  const { endAt, profile, markAt } = result
  const start = events.find((e) => e.name === mark && e.cat.includes('blink.user_timing'))
  if (!start) throw new Error(`trace: no mark ${mark}`)
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain')
  const tid = main?.tid ?? start.tid
  const t0 = start.ts
  const t1 = t0 + (endAt - markAt) * 1000
  const onMain = events.filter((e) => e.pid === start.pid && e.tid === tid && e.ph === 'X' && e.ts + (e.dur ?? 0) > t0 && e.ts < t1)
  const clip = (e: TraceEvent) => (Math.min(e.ts + (e.dur ?? 0), t1) - Math.max(e.ts, t0)) / 1000
  const tasks = onMain.filter((e) => TASK.has(e.name) && e.cat.includes('devtools.timeline'))
  const busy = tasks.reduce((a, e) => a + clip(e), 0)
  const cpu = tasks.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0) / 1000, 0)
  // Style, layout and paint counted once: an event inside another of the same kind is not added again.
  const sumOf = (names: Set<string>, cpuTime = false) => {
    const of = onMain.filter((e) => names.has(e.name)).sort((a, b) => a.ts - b.ts)
    let sum = 0
    let until = -Infinity
    for (const e of of) {
      if (e.ts >= until) {
        sum += cpuTime ? (e.tdur ?? e.dur ?? 0) / 1000 : clip(e)
        until = e.ts + (e.dur ?? 0)
      }
    }
    return sum
  }
  const cpuStyle = sumOf(STYLE, true)
  const cpuLayout = sumOf(LAYOUT, true)
  const cpuPaint = sumOf(PAINT, true)
  const style = sumOf(STYLE)
  const layout = sumOf(LAYOUT)
  const paint = sumOf(PAINT)
  const ms = (ts: number) => (ts - t0) / 1000
  const inside = (task: TraceEvent) => onMain.filter((e) => !TASK.has(e.name) && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0))
  const described = tasks
    .filter((t) => clip(t) >= 1)
    .map((t) => {
      const kinds = new Map<string, number>()
      for (const e of inside(t)) if (['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'v8.run', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Commit', 'Layerize', 'HitTest', 'ParseHTML', 'EvaluateScript', 'Receive mojo reply'].includes(e.name)) {
        const key = e.name === 'EventDispatch' ? `EventDispatch:${e.args?.data?.type ?? ''}` : e.name
        kinds.set(key, (kinds.get(key) ?? 0) + (e.dur ?? 0) / 1000)
      }
      const what = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')
      return `@${ms(t.ts).toFixed(1)} ${clip(t).toFixed(1)} ms (CPU ${((t.tdur ?? 0) / 1000).toFixed(1)}): ${what}`
    })
  const idb = events
    .filter((e) => e.pid === start.pid && e.tid === tid && e.name === 'Receive mojo reply' && e.ts >= t0 && e.ts < t1)
    .map((e) => ms(e.ts))
  const frames = events.filter((e) => e.pid === start.pid && e.tid === tid && e.name === 'BeginMainThreadFrame' && e.ts >= t0 && e.ts < t1).map((e) => ms(e.ts))
  // The profile's clock is the trace's (µs): its samples inside the span, by function.
  const byFunction = new Map<string, number>()
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  let at = profile.startTime
  const deltas = profile.timeDeltas ?? []
  ;(profile.samples ?? []).forEach((id, i) => {
    at += deltas[i] ?? 0
    const n = nodes.get(id)
    if (!n || at < t0 || at >= t1) return
    const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '') || '(native)'}:${n.callFrame.lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000)
  })
  return { byFunction, total: (t1 - t0) / 1000, cpu, cpuStyle, cpuLayout, cpuPaint, cpuScript: cpu - cpuStyle - cpuLayout - cpuPaint, script: busy - style - layout - paint, style, layout, paint, idle: (t1 - t0) / 1000 - busy, tasks: described, idb, frames }
}

/** One line per traced span, then the medians. */
export function printTraceSplits(label: string, splits: TraceSplit[]): void {
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  console.log(`\n== ${label}: Chromium timeline, ${splits.length} spans (ms)`)
  for (const s of splits) {
    console.log(
      `  total ${s.total.toFixed(1)} (main thread CPU ${s.cpu.toFixed(1)}: script ${s.cpuScript.toFixed(1)}, style ${s.cpuStyle.toFixed(1)}, layout ${s.cpuLayout.toFixed(1)}, paint ${s.cpuPaint.toFixed(1)}); wall: script ${s.script.toFixed(1)}, style ${s.style.toFixed(1)}, layout ${s.layout.toFixed(1)}, paint ${s.paint.toFixed(1)}, idle ${s.idle.toFixed(1)}; ${s.idb.length} mojo replies (IndexedDB) from ${(s.idb[0] ?? 0).toFixed(1)} to ${(s.idb.at(-1) ?? 0).toFixed(1)}; frames at ${s.frames.map((t) => t.toFixed(1)).join(' ')}`
    )
    for (const t of s.tasks) console.log(`    ${t}`)
  }
  const keys = ['total', 'cpu', 'cpuScript', 'cpuStyle', 'cpuLayout', 'cpuPaint', 'script', 'style', 'layout', 'paint', 'idle'] as const
  const fns = new Map<string, number>()
  for (const s of splits) for (const [k, v] of s.byFunction) fns.set(k, (fns.get(k) ?? 0) + v / splits.length)
  const byFile = new Map<string, number>()
  for (const [k, v] of fns) if (!k.startsWith('(idle)')) byFile.set(k.replace(/^.* ([^ ]*):\d+$/, '$1'), (byFile.get(k.replace(/^.* ([^ ]*):\d+$/, '$1')) ?? 0) + v)
  console.log('  V8 samples inside the span, self time per span (ms), by function:')
  for (const [k, v] of [...fns].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`)
  console.log('  by file:')
  for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${v.toFixed(2).padStart(7)}  ${k}`)
  console.log(`  median: ${keys.map((k) => `${k} ${med(splits.map((s) => s[k])).toFixed(1)}`).join(', ')}`)
}
