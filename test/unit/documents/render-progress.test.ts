import { describe, expect, it } from 'vitest'
import { PROGRESS_EVERY_MS, throttledProgress } from '../../../renderer/src/documents/progress'

describe('the render worker reports progress to the window sparingly', () => {
  it('passes at most one report per PROGRESS_EVERY_MS, the latest value, none in the first moment', () => {
    let clock = 1000
    const sent: number[] = []
    const report = throttledProgress((p) => sent.push(p), () => clock)
    // pdfmake's thousands of node reports within the first few milliseconds: nothing crosses.
    for (let i = 0; i < 2600; i++) report(i / 2600 / 10)
    expect(sent).toEqual([])
    clock += PROGRESS_EVERY_MS
    report(0.2)
    report(0.21)
    clock += PROGRESS_EVERY_MS / 2
    report(0.3)
    clock += PROGRESS_EVERY_MS / 2
    report(0.5)
    clock += 3 * PROGRESS_EVERY_MS
    report(0.9)
    expect(sent).toEqual([0.2, 0.5, 0.9])
  })
})
