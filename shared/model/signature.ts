import { z } from 'zod'
import { id, isoDate, stamp } from './common'

/**
 * A signature drawn at the meja registrasi (issue 19): vector strokes in the pad's own box, linked to the
 * attendance record of the day. Coordinates are whole numbers in [0, width] x [0, height] of the box the
 * participant signed in (its CSS pixels); printing scales the box into the sheet's slot, keeping its
 * proportions. Bounded like every other field: a pad sends at most SIGNATURE_LIMITS points, so a stored
 * signature stays a few kilobytes and a damaged or hostile file cannot make a sheet draw millions of lines.
 */
export const SIGNATURE_LIMITS = {
  /** The pad's box, either side, in its units. */
  maxSide: 4000,
  strokes: 200,
  pointsPerStroke: 2000,
  /** All strokes together. */
  points: 8000
} as const

/** One stroke: x0, y0, x1, y1, ... (at least one point; a single point is a dot). */
export const signatureStroke = z
  .array(z.number().int().min(0).max(SIGNATURE_LIMITS.maxSide))
  .min(2, { message: 'Goresan tanda tangan kosong' })
  .max(SIGNATURE_LIMITS.pointsPerStroke * 2, { message: `Satu goresan paling banyak ${SIGNATURE_LIMITS.pointsPerStroke} titik` })
  .refine((xs) => xs.length % 2 === 0, { message: 'Goresan tanda tangan rusak (jumlah koordinat ganjil)' })
export type SignatureStroke = z.infer<typeof signatureStroke>

export const signature = z
  .object({
    id,
    /** The attendance record (shared/model/attendance.ts) this signature belongs to; one signature per record. */
    attendanceId: id,
    meetingId: id,
    day: isoDate,
    /** The pad's box the strokes were drawn in. */
    width: z.number().int().min(1).max(SIGNATURE_LIMITS.maxSide),
    height: z.number().int().min(1).max(SIGNATURE_LIMITS.maxSide),
    strokes: z
      .array(signatureStroke)
      .min(1, { message: 'Tanda tangan kosong' })
      .max(SIGNATURE_LIMITS.strokes, { message: `Tanda tangan paling banyak ${SIGNATURE_LIMITS.strokes} goresan` }),
    createdAt: stamp
  })
  .superRefine((s, ctx) => {
    const points = s.strokes.reduce((n, st) => n + st.length / 2, 0)
    if (points > SIGNATURE_LIMITS.points) ctx.addIssue({ code: 'custom', path: ['strokes'], message: `Tanda tangan paling banyak ${SIGNATURE_LIMITS.points} titik` })
    s.strokes.forEach((st, i) => {
      for (let k = 0; k < st.length; k += 2) {
        if ((st[k] ?? 0) > s.width || (st[k + 1] ?? 0) > s.height) {
          ctx.addIssue({ code: 'custom', path: ['strokes', i], message: 'Goresan tanda tangan keluar dari kotaknya' })
          return
        }
      }
    })
  })
export type Signature = z.infer<typeof signature>
