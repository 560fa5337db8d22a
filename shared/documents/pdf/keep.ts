import type { Node, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { KeepRule } from './context'

export const PAGE_NUMBER_ID = 'pkk-page-number'

/** Ids for marked nodes; the rule is read back from the id's prefix. */
export function keepMarker(): (rule: KeepRule) => string {
  let n = 0
  return (rule) => `pkk-${rule}-${++n}`
}

// A node already at the top of its page gains nothing by moving to the next one.
const atPageTop = (node: Node): boolean => (node.startPosition?.verticalRatio ?? 0) < 0.01

/**
 * Word's keep rules for pdfmake, run on the laid-out pages: a keep-together group that crosses
 * a page moves to the next page; a paragraph kept with the next moves when nothing else follows
 * it on its page. pdfmake lays out again after each move, so chains settle one by one.
 */
export const keepRules: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node, nodes) => {
  const id = typeof node.id === 'string' ? node.id : ''
  if (atPageTop(node)) return false
  if (id.startsWith('pkk-keep-together-')) return node.pageNumbers.length > 1
  if (id.startsWith('pkk-keep-with-next-')) {
    if (node.pageNumbers.length !== 1) return false
    return nodes.getFollowingNodesOnPage().every((n) => n.id === PAGE_NUMBER_ID)
  }
  return false
}
