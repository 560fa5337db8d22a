import type { DataFileProblem } from './read'
import type { Snapshot, TableName } from './format'

type Keyed = { [K in TableName]: (row: Snapshot[K][number]) => string }

// The same uniqueness the database enforces, checked first so a bad file is refused with a clear message.
const keys: Keyed = {
  profile: (r) => r.id,
  settings: (r) => r.id,
  organisations: (r) => r.id,
  people: (r) => r.id,
  groups: (r) => r.id,
  letterCodes: (r) => r.code,
  counters: (r) => r.id,
  letters: (r) => r.id,
  meetings: (r) => r.id,
  invitees: (r) => r.id,
  documents: (r) => r.id,
  roles: (r) => r.id,
  legalBases: (r) => r.id,
  attendance: (r) => r.id,
  minutes: (r) => r.meetingId,
  actionItems: (r) => r.id,
  certificates: (r) => r.id
}

function duplicates<T>(rows: readonly T[], key: (r: T) => string, table: string, what: string, label = key): DataFileProblem[] {
  const seen = new Map<string, number>()
  const out: DataFileProblem[] = []
  rows.forEach((r, i) => {
    const k = key(r)
    const first = seen.get(k)
    if (first === undefined) seen.set(k, i)
    else out.push({ path: `${table}[${i}]`, message: `${what} ganda: sama dengan ${table}[${first}] (${label(r)})` })
  })
  return out
}

/** Records a database would refuse: repeated ids, a letter number issued twice, a person invited twice. */
export function integrityProblems(s: Snapshot): DataFileProblem[] {
  const out: DataFileProblem[] = []
  for (const t of Object.keys(keys) as TableName[]) {
    out.push(...duplicates(s[t] as never[], keys[t] as (r: never) => string, t, 'Kunci'))
  }
  const letterKey = (l: Snapshot['letters'][number]) => `${l.counterKey}|${l.year}|${l.seq}|${l.insert}`
  out.push(...duplicates(s.letters, letterKey, 'letters', 'Nomor surat', (l) => l.number))
  out.push(...duplicates(s.invitees, (i) => `${i.meetingId}/${i.key}`, 'invitees', 'Undangan'))
  return out
}
