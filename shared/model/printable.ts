import type { z } from 'zod'
import { unprintableMessage } from '../documents/font-runs'

export interface PrintableIssue {
  path: (string | number)[]
  message: string
}

/** Image assets (bytes with a file name) are not printed as text. */
const isImage = (v: object): boolean => 'mime' in v && 'data' in v

/**
 * Every string of a typed value that holds characters no bundled font prints (an ideograph, a
 * control character, half a surrogate pair; shared/documents/font-runs.ts), with its path and the
 * Indonesian message naming them. Letters with diacritics, apostrophes, dashes, emoji and symbols
 * pass: the PDF draws them with its fallback fonts.
 */
export function printableIssues(value: unknown, path: (string | number)[] = []): PrintableIssue[] {
  if (typeof value === 'string') {
    const message = unprintableMessage(value)
    return message ? [{ path, message }] : []
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => printableIssues(v, [...path, i]))
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !isImage(value)) {
    return Object.entries(value).flatMap(([k, v]) => printableIssues(v, [...path, k]))
  }
  return []
}

/**
 * The schema of something typed, refusing text the PDF cannot print. Used where input enters (forms,
 * the data layer's commands), not on stored records: data written before the check, or a backup of
 * it, still reads and restores.
 */
export function printable<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    for (const issue of printableIssues(value)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
  }) as T
}
