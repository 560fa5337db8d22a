import type { RichBlock, RichTextDoc } from '../model/minutes'

type Run = { text: string; bold?: boolean; italic?: boolean }

/**
 * The minutes editor's plain-text convention, turned into structured rich text (never HTML):
 * - a line starting "1." (any number) is an item of a numbered list, "-" or "•" of a bulleted one;
 * - any other line is a paragraph of its own; blank lines separate blocks (and end a list);
 * - **tebal** and *miring* mark bold and italic; a backslash keeps a "*" or "\" as written.
 * `richToText` writes the same convention back, so parse(write(doc)) gives the doc again.
 */
export function textToRich(text: string): RichTextDoc {
  const out: RichBlock[] = []
  let list: { type: 'numbered' | 'bulleted'; items: Run[][] } | null = null
  const closeList = () => {
    if (list && list.items.length > 0) out.push({ type: list.type, items: list.items })
    list = null
  }
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim()
    if (line === '') {
      closeList()
      continue
    }
    const item = listItem(line)
    if (item) {
      if (!list || list.type !== item.type) {
        closeList()
        list = { type: item.type, items: [] }
      }
      const runs = parseRuns(item.rest)
      if (runs.length > 0) list.items.push(runs)
      continue
    }
    closeList()
    const runs = parseRuns(line.startsWith('\\') && isMarkerLine(line.slice(1)) ? line.slice(1) : line)
    if (runs.length > 0) out.push({ type: 'paragraph', runs })
  }
  closeList()
  return out
}

export function richToText(doc: RichTextDoc): string {
  return doc
    .map((b) => {
      if (b.type === 'paragraph') {
        const line = writeRuns(b.runs)
        return isMarkerLine(line) ? `\\${line}` : line
      }
      return b.items.map((runs, i) => `${b.type === 'numbered' ? `${i + 1}.` : '-'} ${writeRuns(runs)}`).join('\n')
    })
    .join('\n\n')
}

/** Conclusions are one per line; a leading "1." (as people type a numbered list) is dropped. */
export function linesToConclusions(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim().replace(/^\d{1,3}[.)]\s+/, '').trim())
    .filter((l) => l.length > 0)
}

export function conclusionsToLines(items: readonly string[]): string {
  return items.map((t, i) => `${i + 1}. ${t}`).join('\n')
}

/** True when the doc has no text at all. */
export function isEmptyRich(doc: RichTextDoc): boolean {
  return doc.every((b) => (b.type === 'paragraph' ? b.runs.every((r) => r.text.trim() === '') : b.items.every((i) => i.every((r) => r.text.trim() === ''))))
}

/** The plain text of a doc, for searching and for the conclusions' fingerprint. */
export function richPlainText(doc: RichTextDoc): string {
  const runs = (rs: readonly Run[]) => rs.map((r) => r.text).join('')
  return doc.map((b) => (b.type === 'paragraph' ? runs(b.runs) : b.items.map(runs).join('\n'))).join('\n')
}

const NUMBERED = /^\d{1,3}\.\s+/
const BULLETED = /^[-•]\s+/

function isMarkerLine(line: string): boolean {
  return NUMBERED.test(line) || BULLETED.test(line) || line.startsWith('\\')
}

function listItem(line: string): { type: 'numbered' | 'bulleted'; rest: string } | null {
  const n = NUMBERED.exec(line)
  if (n) return { type: 'numbered', rest: line.slice(n[0].length) }
  const b = BULLETED.exec(line)
  if (b) return { type: 'bulleted', rest: line.slice(b[0].length) }
  return null
}

type Token = { kind: 'text'; text: string } | { kind: 'bold' | 'italic' }

function tokenize(line: string): Token[] {
  const out: Token[] = []
  let text = ''
  const flush = () => {
    if (text) out.push({ kind: 'text', text })
    text = ''
  }
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '\\' && (line[i + 1] === '*' || line[i + 1] === '\\')) {
      text += line[i + 1]
      i++
    } else if (c === '*' && line[i + 1] === '*') {
      flush()
      out.push({ kind: 'bold' })
      i++
    } else if (c === '*') {
      flush()
      out.push({ kind: 'italic' })
    } else text += c
  }
  flush()
  return out
}

/**
 * Markers toggle their style; a marker left without a partner (an odd one out) is kept as the
 * asterisks the secretary typed.
 */
export function parseRuns(line: string): Run[] {
  const tokens = tokenize(line)
  const count = { bold: 0, italic: 0 }
  for (const t of tokens) if (t.kind !== 'text') count[t.kind]++
  const lastUnpaired = { bold: count.bold % 2 ? lastIndex(tokens, 'bold') : -1, italic: count.italic % 2 ? lastIndex(tokens, 'italic') : -1 }
  const runs: Run[] = []
  const style = { bold: false, italic: false }
  const push = (text: string) => {
    const prev = runs.at(-1)
    if (prev && Boolean(prev.bold) === style.bold && Boolean(prev.italic) === style.italic) prev.text += text
    else runs.push({ text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}) })
  }
  tokens.forEach((t, i) => {
    if (t.kind === 'text') push(t.text)
    else if (i === lastUnpaired[t.kind]) push(t.kind === 'bold' ? '**' : '*')
    else style[t.kind] = !style[t.kind]
  })
  return runs.filter((r) => r.text.length > 0)
}

function lastIndex(tokens: Token[], kind: 'bold' | 'italic'): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]?.kind === kind) return i
  return -1
}

function writeRuns(runs: readonly Run[]): string {
  let out = ''
  let bold = false
  let italic = false
  for (const r of runs) {
    if (!r.text) continue
    if (Boolean(r.bold) !== bold) {
      out += '**'
      bold = !bold
    }
    if (Boolean(r.italic) !== italic) {
      out += '*'
      italic = !italic
    }
    out += r.text.replace(/[\\*]/g, (c) => `\\${c}`)
  }
  if (bold) out += '**'
  if (italic) out += '*'
  return out
}
