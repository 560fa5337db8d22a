import { BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType, type IBorderOptions } from 'docx'
import { KOP_RULE_BEFORE_PT, KOP_RULES } from '../geometry'
import type { LetterheadBlock } from '../layout'
import { mmToTwip, ptToTwip } from '../units'
import { docxAlign, type DocxContext, type Flow } from './context'
import { inlineImage } from './images'
import { exactSpace } from './paragraphs'
import { docxRuns } from './runs'

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }

/** Kop: a borderless table (logo | centred lines | optional balancing column), then the rule. */
export function letterheadToDocx(b: LetterheadBlock, ctx: DocxContext, flow: Flow): (Table | Paragraph)[] {
  const logoCol = b.logo || b.balanced ? b.logoColumnMm : 0
  const rightCol = b.balanced ? b.logoColumnMm : 0
  const textCol = ctx.textWidthMm - logoCol - rightCol
  const widths = [logoCol, textCol, rightCol].filter((w) => w > 0)
  // The kop's lines are the same in every letter of a merge: made once per document (docx/shared.ts); the table
  // around them is made anew with the logo, whose drawing needs an id of its own at each place.
  const makeLines = () =>
    b.lines.map(
      (l) =>
        new Paragraph({
          children: docxRuns([{ text: l.text, bold: l.bold, italic: l.italic }], { sizePt: l.sizePt }),
          alignment: docxAlign.center,
          keepNext: true
        })
    )
  const lines = ctx.shared ? ctx.shared.part(JSON.stringify(['kop-lines', b.lines]), makeLines) : makeLines()
  const cell = (children: Paragraph[], widthMm: number) =>
    new TableCell({ children, width: { size: mmToTwip(widthMm), type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER })
  const cells = [
    ...(logoCol ? [cell([new Paragraph({ children: b.logo ? [inlineImage(ctx.images, b.logo)] : [], keepNext: true })], logoCol)] : []),
    cell(lines, textCol),
    ...(rightCol ? [cell([new Paragraph({ keepNext: true })], rightCol)] : [])
  ]
  const table = new Table({
    rows: [new TableRow({ children: cells, cantSplit: true })],
    width: { size: mmToTwip(ctx.textWidthMm), type: WidthType.DXA },
    columnWidths: widths.map(mmToTwip),
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }
  })
  // Word cannot break a page before a table; a 1 pt paragraph carries the break.
  const lead = flow.pageBreakBefore ? [exactSpace(20, { ...flow, keepNext: true })] : []
  // The rule is made anew: as a section's last paragraph it would carry the section's properties.
  return [...lead, table, ruleParagraph(b, flow)]
}

/**
 * The kop's rule as the borders of a paragraph exactly as high as the gap between the two
 * lines (thick above, thin below, as printed kop surat have it).
 */
function ruleParagraph(b: LetterheadBlock, flow: Flow): Paragraph {
  const r = KOP_RULES[b.rule]
  const border = (pt: number): IBorderOptions => (pt > 0 ? { style: BorderStyle.SINGLE, size: Math.round(pt * 8), color: '000000', space: 0 } : NONE)
  return new Paragraph({
    border: { top: border(r.top), bottom: border(r.bottom) },
    spacing: { line: ptToTwip(r.gap), lineRule: LineRuleType.EXACT, before: ptToTwip(KOP_RULE_BEFORE_PT), after: b.afterPt ? ptToTwip(b.afterPt) : 0 },
    run: { size: 2 },
    keepNext: flow.keepNext || undefined
  })
}
