import { z } from 'zod'
import { base64ToBytes, bytesToBase64 } from '../datafile/base64'
import type { Block, DocumentLayout, ImageData } from './layout'

/**
 * A document's layout kept as plain JSON (images as base64): the frozen copy of an issued letter.
 * It is stored as it is in IndexedDB and in data files, so what the app writes its restore reads
 * back with this same schema. Bounds keep a hostile file from holding a 10 MB word or a
 * 200,000-deep nesting.
 */

const MAX_TEXT = 20_000
const str = z.string().max(MAX_TEXT)
const mm = z.number().min(0).max(2_000)
const pt = z.number().min(0).max(500)
const align = z.enum(['left', 'center', 'right', 'justify'])
const spacing = z.object({ beforePt: pt.optional(), afterPt: pt.optional(), line: z.number().min(0).max(10).optional() }).strict()
const run = z
  .object({ text: str, bold: z.boolean().optional(), italic: z.boolean().optional(), underline: z.boolean().optional() })
  .strict()
const rich = z.union([str, z.array(run).max(500)])
const imagePlacement = z.object({ image: z.string().max(100), widthMm: mm, heightMm: mm }).strict()
// A floating image may stand a little above its paragraph or out in the margin (a QR code's quiet zone).
const offset = z.number().min(-500).max(2_000)
const floatingImage = z.object({ image: z.string().max(100), widthMm: mm, heightMm: mm, xMm: offset, yMm: offset }).strict()
const listStyle = z.enum(['alpha', 'decimal', 'explicit'])
const listItem = z.object({ label: z.string().max(200).optional(), text: rich }).strict()
const items = z.array(listItem).max(2_000)
const listValue = z.object({ kind: z.literal('list'), style: listStyle, items, markerWidthMm: mm }).strict()
const cell = z
  .object({
    text: rich,
    align: align.optional(),
    bold: z.boolean().optional(),
    colSpan: z.number().int().min(1).max(50).optional(),
    verticalAlign: z.enum(['top', 'middle', 'bottom']).optional()
  })
  .strict()
const row = z.object({ cells: z.array(cell).max(50), minHeightMm: mm.optional() }).strict()

const figure = z
  .object({
    kind: z.literal('figure'),
    image: imagePlacement,
    imageColumnMm: mm,
    lines: z.array(rich).max(100),
    border: z.boolean(),
    sizePt: pt.optional(),
    spacing: spacing.optional()
  })
  .strict()

const leafBlock = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('letterhead'),
      logo: imagePlacement.optional(),
      logoColumnMm: mm,
      balanced: z.boolean(),
      lines: z.array(z.object({ text: str, sizePt: pt, bold: z.boolean().optional(), italic: z.boolean().optional() }).strict()).max(20),
      rule: z.enum(['thick-thin', 'double', 'single', 'none']),
      afterPt: pt.optional()
    })
    .strict(),
  z
    .object({
      kind: z.literal('paragraph'),
      text: rich,
      align: align.optional(),
      indent: z.object({ leftMm: mm.optional(), firstLineMm: mm.optional(), hangingMm: mm.optional() }).strict().optional(),
      spacing: spacing.optional(),
      sizePt: pt.optional(),
      keepWithNext: z.boolean().optional(),
      floating: floatingImage.optional()
    })
    .strict(),
  z
    .object({
      kind: z.literal('list'),
      style: listStyle,
      items,
      markerWidthMm: mm,
      indentMm: mm.optional(),
      align: align.optional(),
      itemAfterPt: pt.optional(),
      spacing: spacing.optional(),
      keepWithNext: z.boolean().optional()
    })
    .strict(),
  z
    .object({
      kind: z.literal('fields'),
      rows: z.array(z.object({ label: str, value: z.union([rich, listValue]) }).strict()).max(500),
      labelWidthMm: mm,
      colonWidthMm: mm,
      indentMm: mm.optional(),
      align: align.optional(),
      rowAfterPt: pt.optional(),
      spacing: spacing.optional()
    })
    .strict(),
  z
    .object({
      kind: z.literal('table'),
      columns: z.array(z.object({ width: z.number().min(0).max(1_000), align: align.optional(), ruleBefore: z.boolean().optional() }).strict()).max(50),
      headerRows: z.array(row).max(10),
      rows: z.array(row).max(5_000),
      borders: z.enum(['all', 'none']),
      sizePt: pt.optional(),
      minRowHeightMm: mm.optional(),
      cellPaddingMm: z.object({ x: mm, y: mm }).strict().optional(),
      headerShade: z.boolean().optional(),
      spacing: spacing.optional(),
      keepWithNext: z.boolean().optional(),
      lastRowsTogether: z.number().int().min(1).max(10).optional()
    })
    .strict(),
  z
    .object({
      kind: z.literal('signature'),
      position: z.enum(['right', 'left']),
      columnStart: z.number().min(0).max(1),
      titleLines: z.array(str).max(20),
      spaceMm: mm,
      name: str,
      nameBold: z.boolean(),
      nameUnderline: z.boolean(),
      belowName: str.optional(),
      signature: imagePlacement.optional(),
      stamp: imagePlacement.optional(),
      spacing: spacing.optional(),
      aside: figure.optional()
    })
    .strict(),
  z.object({ kind: z.literal('spacer'), heightMm: mm }).strict(),
  figure,
  z.object({ kind: z.literal('page-break') }).strict()
])

// Keep-together groups hold leaf blocks only: the builders never nest them deeper, and a flat
// schema cannot be made to recurse by a hostile file.
const block = z.union([leafBlock, z.object({ kind: z.literal('keep-together'), blocks: z.array(leafBlock).max(200) }).strict()])

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const MAX_IMAGE_BASE64 = Math.ceil((2 * 1024 * 1024) / 3) * 4

export const frozenLayout = z
  .object({
    title: z.string().max(1_000),
    author: z.string().max(1_000).optional(),
    images: z.record(
      z.string().max(100),
      z.object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.string().max(MAX_IMAGE_BASE64).regex(BASE64) }).strict()
    ),
    sections: z
      .array(
        z
          .object({
            page: z
              .object({
                paper: z.enum(['F4', 'A4']),
                orientation: z.enum(['portrait', 'landscape']),
                marginsMm: z.object({ top: mm, bottom: mm, left: mm, right: mm }).strict(),
                font: z.enum(['sans', 'serif']),
                fontSizePt: pt,
                pageNumbers: z
                  .object({ position: z.enum(['top', 'bottom']), align: z.enum(['center', 'right']), dashes: z.boolean() })
                  .strict()
                  .optional()
              })
              .strict(),
            blocks: z.array(block).max(5_000)
          })
          .strict()
      )
      .min(1)
      .max(1_000)
  })
  .strict()
  .refine((l) => l.sections.every((s) => s.blocks.every((b) => imagesKnown(b, l.images))), { message: 'Salinan dokumen memakai gambar yang tidak ada' })
export type FrozenLayout = z.infer<typeof frozenLayout>

function imagesKnown(b: z.infer<typeof block>, images: Record<string, unknown>): boolean {
  const has = (p: { image: string } | undefined) => p === undefined || p.image in images
  switch (b.kind) {
    case 'keep-together':
      return b.blocks.every((x) => imagesKnown(x, images))
    case 'letterhead':
      return has(b.logo)
    case 'signature':
      return has(b.signature) && has(b.stamp) && has(b.aside?.image)
    case 'figure':
      return has(b.image)
    case 'paragraph':
      return has(b.floating)
    default:
      return true
  }
}

/** The layout as JSON: every image's bytes as base64, everything else as it is. */
export function freezeLayout(layout: DocumentLayout): FrozenLayout {
  const images: FrozenLayout['images'] = {}
  for (const [key, img] of Object.entries(layout.images)) images[key] = { mime: img.mime, base64: bytesToBase64(img.data) }
  // Through JSON: drops undefined members so the copy equals what a data file reads back.
  const plain = JSON.parse(JSON.stringify({ ...layout, images: {} })) as Omit<FrozenLayout, 'images'>
  return { ...plain, images }
}

/** The layout the renderers take, from a frozen copy. */
export function thawLayout(frozen: FrozenLayout): DocumentLayout {
  const images: Record<string, ImageData> = {}
  for (const [key, img] of Object.entries(frozen.images)) images[key] = { mime: img.mime, data: base64ToBytes(img.base64) }
  return { ...frozen, images }
}

// Compile-time check that what the schema accepts is a layout block (fails to type-check when they drift).
const _sameBlocks = (b: z.infer<typeof block>): Block => b
void _sameBlocks
