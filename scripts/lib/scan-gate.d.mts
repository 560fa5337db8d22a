export interface Finding {
  check: string
  file: string
  line: number
}
export interface Explained extends Finding {
  hash: string
  reason: string
}
export function lineHash(sourceLine: string): string
export function parseExplained(doc: string): Explained[]
export function gate(
  findings: Finding[],
  explained: Explained[],
  sourceLine: (file: string, line: number) => string | undefined
): { all: (Finding & { hash: string; accepted: boolean })[]; open: (Finding & { hash: string })[]; stale: Explained[] }
