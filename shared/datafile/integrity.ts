import type { DataFileProblem } from './read'
import type { Snapshot } from './format'
import { recordKey, tableNames, type RecordOf, type TableName } from './tables'

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
  // The same uniqueness the database enforces on every primary key, checked first so a bad file is refused with a clear message.
  const keyProblems = <N extends TableName>(t: N) => duplicates<RecordOf<N>>(s[t], (r) => recordKey(t, r), t, 'Kunci')
  for (const t of tableNames) out.push(...keyProblems(t))
  const letterKey = (l: Snapshot['letters'][number]) => `${l.counterKey}|${l.year}|${l.seq}|${l.insert}`
  out.push(...duplicates(s.letters, letterKey, 'letters', 'Nomor surat', (l) => l.number))
  out.push(...duplicates(s.invitees, (i) => `${i.meetingId}/${i.key}`, 'invitees', 'Undangan'))
  return out
}
