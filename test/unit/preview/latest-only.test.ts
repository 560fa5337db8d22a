import { describe, expect, test } from 'vitest'
import { latestOnly, type PreviewState, type Timers } from '../../../renderer/src/features/preview/latest-only'

/** A clock moved by hand: what the preview does while she types, without waiting for real time. */
function manualClock() {
  let now = 0
  let nextHandle = 1
  const due = new Map<number, { at: number; fn: () => void }>()
  const timers: Timers = {
    set(fn, ms) {
      const h = nextHandle++
      due.set(h, { at: now + ms, fn })
      return h
    },
    clear(h) {
      due.delete(h as number)
    }
  }
  return {
    timers,
    advance(ms: number) {
      now += ms
      for (const [h, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue
        due.delete(h)
        t.fn()
      }
    }
  }
}

/** A render whose finish the test decides, one per input started. */
function controlledRun() {
  const started: { input: string; signal: AbortSignal; finish: (out: string) => void; fail: (e: Error) => void }[] = []
  const run = (input: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      started.push({ input, signal, finish: resolve, fail: reject })
    })
  return { started, run }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

function setup() {
  const clock = manualClock()
  const { started, run } = controlledRun()
  const states: PreviewState<string>[] = []
  const s = latestOnly<string, string>({ delayMs: 400, run, onState: (st) => states.push(st), timers: clock.timers })
  const shown = () => states.flatMap((st) => (st.kind === 'ready' ? [st.result] : []))
  return { clock, started, states, s, shown }
}

describe('live preview timing: debounced, newest wins', () => {
  test('typing "Rapat" key by key renders once, 400 ms after the last key, with the whole word', () => {
    const { clock, started, s } = setup()
    for (const text of ['R', 'Ra', 'Rap', 'Rapa', 'Rapat']) {
      s.request(text)
      clock.advance(150)
    }
    expect(started).toHaveLength(0)
    clock.advance(249)
    expect(started).toHaveLength(0)
    clock.advance(1)
    expect(started.map((j) => j.input)).toEqual(['Rapat'])
  })

  test('a newer request aborts the render under way; the older result is never shown, the newer is', async () => {
    const { clock, started, s, shown } = setup()
    s.request('perihal lama')
    clock.advance(400)
    expect(started).toHaveLength(1)
    s.request('perihal baru')
    expect(started[0]?.signal.aborted).toBe(true)
    clock.advance(400)
    // One render at a time: the newer waits until the older has given up or finished.
    expect(started).toHaveLength(1)
    started[0]?.finish('halaman lama')
    await settle()
    expect(started.map((j) => j.input)).toEqual(['perihal lama', 'perihal baru'])
    started[1]?.finish('halaman baru')
    await settle()
    expect(shown()).toEqual(['halaman baru'])
  })

  test('an old render finishing while a newer request still waits for its pause shows nothing', async () => {
    const { clock, started, s, shown, states } = setup()
    s.request('A')
    clock.advance(400)
    s.request('AB')
    clock.advance(100)
    started[0]?.finish('halaman A')
    await settle()
    expect(shown()).toEqual([])
    expect(states.at(-1)?.kind).toBe('waiting')
    clock.advance(300)
    started[1]?.finish('halaman AB')
    await settle()
    expect(shown()).toEqual(['halaman AB'])
  })

  test('a failed render is reported with the last good pages kept; the next request recovers', async () => {
    const { clock, started, s, states, shown } = setup()
    s.request('baik')
    clock.advance(400)
    started[0]?.finish('halaman baik')
    await settle()
    s.request('rusak')
    clock.advance(400)
    started[1]?.fail(new Error('Tanggal tidak valid'))
    await settle()
    const failed = states.at(-1)
    expect(failed?.kind).toBe('failed')
    expect(failed && failed.kind === 'failed' ? [String(failed.error), failed.last] : []).toEqual(['Error: Tanggal tidak valid', 'halaman baik'])
    s.request('baik lagi')
    clock.advance(400)
    started[2]?.finish('halaman baik lagi')
    await settle()
    expect(shown()).toEqual(['halaman baik', 'halaman baik lagi'])
  })

  test('"waiting" is told once per pause, not once per key', () => {
    const { clock, s, states } = setup()
    for (let i = 0; i < 20; i++) {
      s.request(`x${i}`)
      clock.advance(10)
    }
    expect(states.map((st) => st.kind)).toEqual(['waiting'])
  })

  test('after dispose nothing starts and nothing is reported', async () => {
    const { clock, started, s, states } = setup()
    s.request('A')
    clock.advance(400)
    s.dispose()
    expect(started[0]?.signal.aborted).toBe(true)
    const before = states.length
    started[0]?.finish('halaman A')
    s.request('B')
    clock.advance(400)
    await settle()
    expect(started).toHaveLength(1)
    expect(states).toHaveLength(before)
  })
})

describe('live preview: what is never shown is given back', () => {
  test('a result superseded while it ran, and one finishing after dispose, are discarded; the shown one is not', async () => {
    const clock = manualClock()
    const { started, run } = controlledRun()
    const discarded: string[] = []
    const shown: string[] = []
    const s = latestOnly<string, string>({
      delayMs: 400,
      run,
      onState: (st) => st.kind === 'ready' && shown.push(st.result),
      discard: (o) => discarded.push(o),
      timers: clock.timers
    })
    s.request('A')
    clock.advance(400)
    s.request('B')
    started[0]?.finish('halaman A')
    await settle()
    clock.advance(400)
    started[1]?.finish('halaman B')
    await settle()
    s.request('C')
    clock.advance(400)
    s.dispose()
    started[2]?.finish('halaman C')
    await settle()
    expect(shown).toEqual(['halaman B'])
    expect(discarded).toEqual(['halaman A', 'halaman C'])
  })
})
