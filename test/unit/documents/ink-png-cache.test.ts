import { decode } from 'fast-png'
import { describe, expect, it, vi } from 'vitest'
import { fitInk, inkPng } from '../../../shared/documents/ink'
import { PAD, penStrokes } from '../../../scripts/lib/pen-strokes'

const fitted = (strokes: number[][]) => {
  const f = fitInk({ ...PAD, strokes }, 40, 9)
  if (!f) throw new Error('tidak ada tinta')
  return f
}
/** The same strokes turned left to right: the same box, other pixels. */
const mirrored = (strokes: number[][]) => strokes.map((st) => st.map((v, k) => (k % 2 === 0 ? PAD.width - v : v)))

describe("a signature's picture is made once and kept, never served for other strokes", () => {
  it('the same strokes give the same bytes again, each time a copy of its own', () => {
    const ink = fitted(penStrokes('Ny. Hj. Afrida'))
    const first = inkPng(ink)
    const again = inkPng(fitted(penStrokes('Ny. Hj. Afrida')))
    expect(again).toEqual(first)
    expect(again).not.toBe(first)
    // Changing the bytes one document got does not change the next one's.
    first.fill(0)
    expect(inkPng(ink)).toEqual(again)
  })

  it('strokes drawn again over the very same box get a picture of the new strokes', async () => {
    const strokes = penStrokes('Dra. Hj. Asmiati')
    const before = fitted(strokes)
    const redrawn = fitted(mirrored(strokes))
    expect([redrawn.widthMm, redrawn.heightMm]).toEqual([before.widthMm, before.heightMm])
    const a = decode(inkPng(before))
    const b = decode(inkPng(redrawn))
    expect([b.width, b.height]).toEqual([a.width, a.height])
    expect(Buffer.from(b.data).equals(Buffer.from(a.data))).toBe(false)
    // And exactly the picture a fresh process makes of the new strokes (nothing kept there).
    vi.resetModules()
    const fresh = await import('../../../shared/documents/ink')
    expect(inkPng(redrawn)).toEqual(fresh.inkPng(redrawn))
    expect(inkPng(before)).toEqual(fresh.inkPng(before))
  })
})
