import { describe, expect, test } from 'vitest'
import { SIGNATURE_LIMITS, signature } from '@shared/model'
import { drawingFromPad, simplifyStroke } from '@shared/meetings/signature-strokes'

const valid = (d: { width: number; height: number; strokes: number[][] }) =>
  signature.safeParse({ id: 's1', attendanceId: 'a1', meetingId: 'm1', day: '2026-12-05', ...d, createdAt: '2026-12-05T02:00:00.000Z' })

describe('pad strokes stored as the signature contract', () => {
  test('rounded to whole pixels, kept inside the box, repeated points dropped', () => {
    const r = drawingFromPad(
      [
        [
          { x: 10.4, y: 20.6 },
          { x: 10.2, y: 20.9 },
          { x: 700, y: -5 }
        ],
        [{ x: 5, y: 5 }]
      ],
      { width: 600.4, height: 220.5 }
    )
    expect(r).toEqual({ ok: true, drawing: { width: 600, height: 221, strokes: [[10, 21, 600, 0], [5, 5]] } })
    if (r.ok) expect(valid(r.drawing).success).toBe(true)
  })

  test('an empty pad is refused in Indonesian', () => {
    expect(drawingFromPad([], { width: 600, height: 200 })).toEqual({ ok: false, message: 'Tanda tangan masih kosong. Silakan tanda tangan di dalam kotak.' })
    expect(drawingFromPad([[]], { width: 600, height: 200 }).ok).toBe(false)
  })

  test('more strokes than a signature may hold are refused', () => {
    const many = Array.from({ length: SIGNATURE_LIMITS.strokes + 1 }, (_, i) => [{ x: i % 500, y: 10 }])
    const r = drawingFromPad(many, { width: 600, height: 200 })
    expect(r.ok).toBe(false)
  })

  test('a scribble of 30,000 points is simplified until it fits the limits, and still covers the same box', () => {
    const points = Array.from({ length: 30_000 }, (_, i) => ({ x: 300 + 280 * Math.sin(i / 50) , y: 100 + 90 * Math.sin(i / 7) }))
    const r = drawingFromPad([points], { width: 600, height: 200 })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const stroke = r.drawing.strokes[0] ?? []
    expect(stroke.length / 2).toBeLessThanOrEqual(SIGNATURE_LIMITS.pointsPerStroke)
    expect(stroke.length / 2).toBeGreaterThan(100)
    const xs = stroke.filter((_, i) => i % 2 === 0)
    expect(Math.min(...xs)).toBeLessThanOrEqual(21)
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(579)
    expect(valid(r.drawing).success).toBe(true)
  })

  test('a drawing already within the limits keeps every point', () => {
    const points = Array.from({ length: 400 }, (_, i) => ({ x: i, y: (i * 7) % 200 }))
    const r = drawingFromPad([points], { width: 600, height: 200 })
    expect(r.ok && r.drawing.strokes[0]?.length).toBe(800)
  })

  test('simplification keeps the ends and the corner of a bent line, drops the points on the straight parts', () => {
    const line = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 3, 6, 2, 7, 1, 8, 0]
    expect(simplifyStroke(line, 0.5)).toEqual([0, 0, 4, 4, 8, 0])
    expect(simplifyStroke(line, 0)).toEqual(line)
  })
})
