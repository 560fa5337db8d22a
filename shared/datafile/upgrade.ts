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
  },
  // 2 -> 3: issued documents carry a frozen copy of what they print (documents[].frozen, optional) and
  // letters their correction history (letters[].revisions, optional). The shape needs nothing here; the
  // reader gives a version 2 file's issued documents their frozen copy after validation (read.ts).
  2: (file) => ({ ...file, version: 3 }),
  // 3 -> 4: signatures drawn at the meja registrasi (a new table) and attendance[].arrivedAt/leftAt (optional).
  3: (file) => {
    const tables = (file['tables'] ?? {}) as Json
    return { ...file, version: 4, tables: { ...tables, signatures: [] } }
  },
  // 4 -> 5: invitations sent (deliveries, a new table); an older office has sent none through the app.
  4: (file) => {
    const tables = (file['tables'] ?? {}) as Json
    return { ...file, version: 5, tables: { ...tables, deliveries: [] } }
  },
  // 5 -> 6: meeting photos and the Laporan Kegiatan arrived; an older office has none.
  5: (file) => {
    const tables = (file['tables'] ?? {}) as Json
    return { ...file, version: 6, tables: { ...tables, meetingPhotos: [], laporan: [] } }
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
