import { LineRuleType, Paragraph, Tab, TabStopType, TextRun, type ImageRun } from 'docx'
import type { Align, FieldsBlock, RichText, ImageData, ListBlock, ListItem, ListStyle, ParagraphBlock, Spacing, SpacerBlock } from '../layout'
import { floatingImage } from './images'
import { listMarker } from '../markers'
import { isListValue } from '../text'
import { mmToTwip, ptToTwip } from '../units'
import { docxAlign, keepAt, type Flow } from './context'
import { docxRuns, fallbackLineSpacing } from './runs'

/** Word's "multiple" line spacing is in 240ths of a line. */
function lineSpacing(s: Spacing | undefined): number | undefined {
  return s?.line && s.line !== 1 ? Math.round(s.line * 240) : undefined
}

const tab = (): TextRun => new TextRun({ children: [new Tab()] })

const twipOrUndefined = (pt: number | undefined): number | undefined => (pt ? ptToTwip(pt) : undefined)

/** A paragraph; its floating image, if any, anchored to it in front of the text. */
export function paragraphToDocx(b: ParagraphBlock, flow: Flow, images: Readonly<Record<string, ImageData>>, pageSizePt: number): Paragraph[] {
  const left = b.indent?.leftMm ?? 0
  const floating = b.floating ? [floatingImage(images, b.floating, b.floating.xMm, b.floating.yMm, 3)] : []
  return [
    new Paragraph({
      children: [...docxRuns(b.text, { sizePt: b.sizePt }), ...floating],
      alignment: b.align ? docxAlign[b.align] : undefined,
      indent: {
        left: left ? mmToTwip(left) : undefined,
        firstLine: b.indent?.firstLineMm ? mmToTwip(b.indent.firstLineMm) : undefined,
        hanging: b.indent?.hangingMm ? mmToTwip(b.indent.hangingMm) : undefined
      },
      spacing: {
        before: twipOrUndefined(b.spacing?.beforePt),
        after: twipOrUndefined(b.spacing?.afterPt),
        ...(lineSpacing(b.spacing) === undefined ? fallbackLineSpacing(b.sizePt ?? pageSizePt, b.text) : { line: lineSpacing(b.spacing) })
      },
      keepNext: b.keepWithNext || flow.keepNext || undefined,
      keepLines: flow.keepInside || undefined,
      // Word's widow and orphan control, as the PDF keeps it (pdf/keep.ts): two lines at a page's foot and head.
      widowControl: true,
      pageBreakBefore: flow.pageBreakBefore || undefined
    })
  ]
}

interface ItemsLayout {
  style: ListStyle
  /** Where wrapped lines (and the text after the marker) start. */
  textLeftMm: number
  markerWidthMm: number
  align?: Align
  itemAfterPt?: number
  lastAfterPt?: number
  beforePt?: number
  /** A field's label, colon and their tabs, written before the first marker. */
  lead?: { children: TextRun[]; startMm: number; tabsMm: number[]; text: RichText }
  /** The page's type size: a line holding a fallback font's run is set at exactly Liberation's height. */
  sizePt: number
}

/**
 * Markers are text and a tab, not Word numbering: the marker is then exactly what the PDF
 * prints, and labels such as KESATU need no numbering definition.
 */
function itemParagraphs(items: readonly ListItem[], l: ItemsLayout, flow: Flow, offset: number, total: number): Paragraph[] {
  return items.map((item, i) => {
    const lead = i === 0 ? l.lead : undefined
    const lineStart = lead ? lead.startMm : l.textLeftMm - l.markerWidthMm
    const after = i === items.length - 1 ? (l.lastAfterPt ?? l.itemAfterPt) : l.itemAfterPt
    const children = [...(lead?.children ?? []), new TextRun(listMarker(l.style, item, i)), tab(), ...docxRuns(item.text)]
    return new Paragraph({
      children,
      alignment: l.align ? docxAlign[l.align] : undefined,
      indent: { left: mmToTwip(l.textLeftMm), hanging: mmToTwip(l.textLeftMm - lineStart) },
      tabStops: [...(lead?.tabsMm ?? []), l.textLeftMm].map((mm) => ({ type: TabStopType.LEFT, position: mmToTwip(mm) })),
      spacing: {
        before: i === 0 ? twipOrUndefined(l.beforePt) : undefined,
        after: twipOrUndefined(after),
        ...fallbackLineSpacing(l.sizePt, item.text, lead?.text ?? '', listMarker(l.style, item, i))
      },
      keepNext: keepAt(flow, offset + i, total) || undefined,
      keepLines: flow.keepInside || undefined,
      widowControl: true,
      pageBreakBefore: (offset + i === 0 && flow.pageBreakBefore) || undefined
    })
  })
}

export function listToDocx(b: ListBlock, flow: Flow, sizePt: number): Paragraph[] {
  const textLeftMm = (b.indentMm ?? 0) + b.markerWidthMm
  return itemParagraphs(
    b.items,
    {
      style: b.style,
      textLeftMm,
      markerWidthMm: b.markerWidthMm,
      align: b.align,
      itemAfterPt: b.itemAfterPt,
      lastAfterPt: b.spacing?.afterPt ?? b.itemAfterPt,
      beforePt: b.spacing?.beforePt,
      sizePt
    },
    b.keepWithNext ? { ...flow, keepNext: true } : flow,
    0,
    b.items.length
  )
}

/**
 * Label, tab to the colon, colon, tab to the value; a hanging indent at the value makes
 * wrapped lines start under the value's first character, so every value lines up right of the colon.
 */
export function fieldsToDocx(b: FieldsBlock, flow: Flow, sizePt: number): Paragraph[] {
  const indent = b.indentMm ?? 0
  const colonAt = indent + b.labelWidthMm
  const valueAt = colonAt + b.colonWidthMm
  const total = b.rows.reduce((n, r) => n + (isListValue(r.value) ? r.value.items.length : 1), 0)
  const out: Paragraph[] = []
  b.rows.forEach((row, r) => {
    const after = r === b.rows.length - 1 ? (b.spacing?.afterPt ?? b.rowAfterPt) : b.rowAfterPt
    const before = r === 0 ? b.spacing?.beforePt : undefined
    const lead = [...docxRuns(row.label), tab(), new TextRun(':'), tab()]
    const value = row.value
    if (isListValue(value)) {
      const layout: ItemsLayout = {
        style: value.style,
        textLeftMm: valueAt + value.markerWidthMm,
        markerWidthMm: value.markerWidthMm,
        align: b.align,
        lastAfterPt: after,
        beforePt: before,
        lead: { children: lead, startMm: indent, tabsMm: [colonAt, valueAt], text: row.label },
        sizePt
      }
      out.push(...itemParagraphs(value.items, layout, flow, out.length, total))
      return
    }
    out.push(
      new Paragraph({
        children: [...lead, ...docxRuns(value)],
        alignment: b.align ? docxAlign[b.align] : undefined,
        indent: { left: mmToTwip(valueAt), hanging: mmToTwip(valueAt - indent) },
        tabStops: [colonAt, valueAt].map((mm) => ({ type: TabStopType.LEFT, position: mmToTwip(mm) })),
        spacing: { before: twipOrUndefined(before), after: twipOrUndefined(after), ...fallbackLineSpacing(sizePt, row.label, value) },
        keepNext: keepAt(flow, out.length, total) || undefined,
        keepLines: flow.keepInside || undefined,
        widowControl: true,
        pageBreakBefore: (out.length === 0 && flow.pageBreakBefore) || undefined
      })
    )
  })
  return out
}

export function spacerToDocx(b: SpacerBlock, flow: Flow): Paragraph[] {
  return [exactSpace(mmToTwip(b.heightMm), flow)]
}

/** An empty paragraph of exactly this height; its mark is 1 pt so the font cannot stretch it. */
export function exactSpace(heightTwip: number, flow: Flow, children: ImageRun[] = []): Paragraph {
  return new Paragraph({
    children,
    spacing: { line: Math.max(heightTwip, 20), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    run: { size: 2 },
    keepNext: flow.keepNext || flow.keepInside || undefined,
    pageBreakBefore: flow.pageBreakBefore || undefined
  })
}
