import { z } from 'zod'
import { id, isoDate, text, stamp } from './common'

/**
 * Formatted text as structured data, never HTML: paragraphs and lists of runs with bold/italic.
 * The document engine renders it; the editor edits it.
 */
export const richRun = z.object({ text: z.string().max(20000), bold: z.boolean().optional(), italic: z.boolean().optional() })
export const richBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), runs: z.array(richRun).max(500) }),
  z.object({ type: z.literal('numbered'), items: z.array(z.array(richRun).max(500)).max(200) }),
  z.object({ type: z.literal('bulleted'), items: z.array(z.array(richRun).max(500)).max(200) })
])
export type RichBlock = z.infer<typeof richBlock>
export const richText = z.array(richBlock).max(500)
export type RichTextDoc = z.infer<typeof richText>

export const sambutan = z.object({ who: text(300), summary: richText })

/** The minutes of one meeting (docs/formats.md "Notulen"); one record per meeting, saved as it is typed. */
export const minutes = z.object({
  meetingId: id,
  /** The pimpinan rapat's name as printed; the Ketua's by default. */
  pimpinan: text(300),
  /** Printed under "Pimpinan Rapat" when given: "Ketua TP PKK Provinsi Sumatera Barat". */
  pimpinanTitle: text(300).optional(),
  notulis: text(300),
  notulisTitle: text(300).optional(),
  pembukaan: richText,
  sambutan: z.array(sambutan).max(30),
  paparan: richText,
  diskusi: richText,
  /** Numbered conclusions, each its own item. */
  kesimpulan: z.array(text(5000)).max(100),
  tindakLanjut: richText,
  penutup: richText,
  /**
   * The Kesimpulan (and the approval of the Notulen) carry the office's stamp and, only when the pimpinan
   * is the Ketua herself, her signature image (the same rule as shared/meetings/signer.ts).
   */
  useSignatureImage: z.boolean().optional(),
  useStamp: z.boolean().optional(),
  updatedAt: stamp
})
export type Minutes = z.infer<typeof minutes>

export const actionStatuses = ['terbuka', 'selesai', 'batal'] as const
export type ActionStatus = (typeof actionStatuses)[number]
export const actionStatusLabel: Record<ActionStatus, string> = { terbuka: 'Terbuka', selesai: 'Selesai', batal: 'Dibatalkan' }

/** A follow-up (tindak lanjut): what, who (an OPD or a person), when, and its state across meetings. */
export const actionItem = z.object({
  id,
  meetingId: id,
  what: text(2000).refine((v) => v.length > 0, { message: 'Uraian tindak lanjut wajib diisi' }),
  organisationId: id.optional(),
  personId: id.optional(),
  /** Who, when not in the address book. */
  ownerText: text(300),
  due: z.union([isoDate, z.literal('')]),
  status: z.enum(actionStatuses),
  /** The later meeting whose agenda this item was carried into. */
  carriedToMeetingId: id.optional(),
  createdAt: stamp,
  updatedAt: stamp
})
export type ActionItem = z.infer<typeof actionItem>
