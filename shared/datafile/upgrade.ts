/**
 * Older data files (backups made by earlier versions) are brought up to the current shape before
 * validation. Each step takes the JSON of version n and returns version n + 1; never edit a step once released.
 */
type Json = Record<string, unknown>

const steps: Record<number, (file: Json) => Json> = {
  // 1 -> 2: meetings and everything that hangs on them arrived; a v1 office has none.
  1: (file) => {
    const tables = (file['tables'] ?? {}) as Json
    return { ...file, version: 2, tables: { ...tables, meetings: [], invitees: [], documents: [], roles: [], legalBases: [], attendance: [], minutes: [], actionItems: [], certificates: [] } }
  }
}

export function upgradeDataFile(file: Json, from: number, to: number): Json {
  let out = file
  for (let v = from; v < to; v++) {
    const step = steps[v]
    if (!step) throw new Error(`Tidak ada langkah pembaruan dari format ${v}`)
    out = step(out)
  }
  return out
}
