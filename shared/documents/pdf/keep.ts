import type { Node, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { KeepRule } from './context'

export const PAGE_NUMBER_ID = 'pkk-page-number'

/** Ids for marked nodes; the rule is read back from the id's prefix. */
export function keepMarker(): (rule: KeepRule) => string {
  let n = 0
  return (rule) => `pkk-${rule}-${++n}`
}

const LINES_PREFIX = 'pkk-lines-'

/**
 * The id of a paragraph (or a list item, a field row) that may cross a page: it carries the lines
 * the paragraph takes and their height (hundredths of a point), measured by the builders' measuring
 * pass (measure.ts), for the widow and orphan rule of `keepRules`.
 */
export function linesId(lines: number, lineHeightPt: number, serial: string): string {
  return `${LINES_PREFIX}${lines}-${Math.round(lineHeightPt * 100)}-${serial}`
}

function parseLines(id: string): { lines: number; lineHeightPt: number } | undefined {
  const m = /^pkk-lines-(\d+)-(\d+)-/.exec(id)
  return m ? { lines: Number(m[1]), lineHeightPt: Number(m[2]) / 100 } : undefined
}

/**
 * Widow and orphan control (Word's, two lines): a paragraph crossing a page leaves at least two of its
 * lines at the foot and takes at least two to the head, or moves whole to the next page. The lines
 * that fit at the foot are the room left under the paragraph's first line, counted in its lines.
 */
export function splitsBadly(node: { startPosition?: { pageInnerHeight?: number; verticalRatio?: number }; pageNumbers: readonly number[] }, lines: number, lineHeightPt: number): boolean {
  if (node.pageNumbers.length < 2 || lines < 2 || lineHeightPt <= 0) return false
  const inner = node.startPosition?.pageInnerHeight ?? 0
  const room = inner * (1 - (node.startPosition?.verticalRatio ?? 0))
  const atFoot = Math.floor(room / lineHeightPt + 1e-6)
  if (atFoot <= 1) return true
  // A paragraph longer than the rest of this page and the whole next one keeps its widow rule at its end.
  return node.pageNumbers.length === 2 && lines - atFoot <= 1
}

// A node already at the top of its page gains nothing by moving to the next one.
const atPageTop = (node: Node): boolean => (node.startPosition?.verticalRatio ?? 0) < 0.01

type PageNodes = Parameters<NonNullable<TDocumentDefinitions['pageBreakBefore']>>[1]

/** The last list pdfmake gave for a page: the nodes on it from some node on, page numbers left out. */
let lastFollowing: { page: number | undefined; nodes: Node[] } = { page: undefined, nodes: [] }

/**
 * The nodes after `node` on its page. pdfmake finds them by reading every node to the end of the document,
 * for each node asked about (a 65-letter merge asked it hundreds of times over thousands of nodes). It asks
 * in document order within one layout pass, so a node met in the list given for an earlier node of its page
 * takes the rest of that list. A new pass has new node objects, which no kept list holds.
 */
function followingOnPage(node: Node, nodes: PageNodes): Node[] {
  const page = node.pageNumbers[0]
  if (lastFollowing.page === page) {
    const at = lastFollowing.nodes.indexOf(node)
    if (at >= 0) return lastFollowing.nodes.slice(at + 1)
  }
  const fresh = nodes.getFollowingNodesOnPage().filter((n) => n.id !== PAGE_NUMBER_ID)
  lastFollowing = { page, nodes: fresh }
  return fresh
}

/**
 * Word's keep rules for pdfmake, run on the laid-out pages: a keep-together group that crosses
 * a page moves to the next page; a paragraph kept with the next moves when nothing else follows
 * it on its page. pdfmake lays out again after each move, so chains settle one by one.
 */
const rules: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, nodes) => {
  const id = typeof node.id === 'string' ? node.id : ''
  if (atPageTop(node)) return false
  if (id.startsWith('pkk-keep-together-')) return node.pageNumbers.length > 1
  if (id.startsWith(LINES_PREFIX)) {
    const m = parseLines(id)
    return m ? splitsBadly(node, m.lines, m.lineHeightPt) : false
  }
  if (id.startsWith('pkk-keep-with-next-')) {
    if (node.pageNumbers.length !== 1) return false
    const following = followingOnPage(node, nodes)
    // pdfmake asks once per node: a heading whose paragraph is about to move for its widow or orphan
    // moves now, and so does the first of a chain of headings kept with the next ("B. Sambutan", "1. Name").
    for (const next of following) {
      const nextId = typeof next.id === 'string' ? next.id : ''
      if (nextId.startsWith('pkk-keep-with-next-') && next.pageNumbers.length === 1) continue
      // A block's own stack or columns come before the lines they hold ("Menetapkan : ..." in its field block).
      if (nextId === '' && (next.stack === true || next.columns !== undefined)) continue
      const nextLines = parseLines(nextId)
      return nextLines !== undefined && splitsBadly(next, nextLines.lines, nextLines.lineHeightPt)
    }
    return true
  }
  return false
}

/** The ids the rules act on: every other node gets false, and is not asked about. */
const RULE_PREFIXES = ['pkk-keep-together-', LINES_PREFIX, 'pkk-keep-with-next-'] as const

/**
 * The keep rules, with `asksAbout` (patches/pdfmake): pdfmake asks only about the nodes it names and makes
 * the information it passes only for those and the nodes listed after them on their page, instead of for
 * every node of the document before each question (a 500-row sheet has some ten thousand).
 */
export const keepRules = Object.assign(rules, {
  asksAbout: (node: { id?: unknown }): boolean => typeof node.id === 'string' && RULE_PREFIXES.some((p) => (node.id as string).startsWith(p))
})
