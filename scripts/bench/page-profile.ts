// V8's sampling profiler (CDP) over some work in a Chromium page, summed by self time per function and per file
// and printed: the diagnostic of scripts/bench/data-profile.ts and meeting-profile.ts.
import type { CDPSession } from 'playwright-core'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface CpuProfile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

/** Runs `work` under the profiler and prints its wall time, the page's main-thread time and the `top` functions and 8 files by self time. */
export async function printPageProfile(cdp: CDPSession, label: string, top: number, work: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 })
  await cdp.send('Profiler.start')
  const t = performance.now()
  await work()
  const wall = performance.now() - t
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const byFn = new Map<string, number>()
  const byFile = new Map<string, number>()
  const deltas = profile.timeDeltas ?? []
  ;(profile.samples ?? []).forEach((id, i) => {
    const n = nodes.get(id)
    if (!n) return
    const ms = (deltas[i + 1] ?? 0) / 1000
    const file = n.callFrame.url.replace(/^.*\//, '') || '(native)'
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms)
    byFile.set(file, (byFile.get(file) ?? 0) + ms)
  })
  const busy = [...byFn].filter(([k]) => !k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0)
  console.log(`\n== ${label}: ${wall.toFixed(0)} ms wall, ${busy.toFixed(0)} ms on the page's main thread (idle left out)`)
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${v.toFixed(0).padStart(7)} ms  ${k}`)
  console.log('  by file:')
  for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${v.toFixed(0).padStart(7)} ms  ${k}`)
}
