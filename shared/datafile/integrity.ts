import type { DataFileProblem } from './read'
import type { Snapshot } from './format'
import { recordKey, tableDescriptors, tableNames, type RecordOf, type TableName } from './tables'
import { defaultLetterCodes, defaultNumberingSettings, type Letter, type LetterCode, type NumberingSettings } from '../model'
import { buildLetterNumber, formatSeq } from '../numbering/format'
import { checkPattern } from '../numbering/pattern'
import { SHARED_COUNTER_KEY } from '../numbering/counter'

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

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s)

/** Records a database would refuse, or that would break numbering or point at nothing once restored. */
export function integrityProblems(s: Snapshot): DataFileProblem[] {
  const out: DataFileProblem[] = []
  // The same uniqueness the database enforces on every primary key, checked first so a bad file is refused with a clear message.
  const keyProblems = <N extends TableName>(t: N) => duplicates<RecordOf<N>>(s[t], (r) => recordKey(t, r), t, 'Kunci')
  for (const t of tableNames) out.push(...keyProblems(t))
  const letterKey = (l: Snapshot['letters'][number]) => `${l.counterKey}|${l.year}|${l.seq}|${l.insert}`
  out.push(...duplicates(s.letters, letterKey, 'letters', 'Nomor surat', (l) => short(l.number)))
  out.push(...duplicates(s.invitees, (i) => `${i.meetingId}/${i.key}`, 'invitees', 'Undangan'))
  out.push(...referenceProblems(s))
  out.push(...numberingProblems(s))
  return out
}

/** Field `field` of `table`'s records must name a record of `target` (when it is set). */
function dangling<N extends TableName>(
  s: Snapshot,
  table: N,
  values: (r: RecordOf<N>) => readonly (string | undefined)[],
  field: string,
  target: TableName,
  keys: ReadonlySet<string>
): DataFileProblem[] {
  const out: DataFileProblem[] = []
  s[table].forEach((r, i) => {
    for (const v of values(r)) {
      if (v !== undefined && !keys.has(v)) {
        out.push({
          path: `${table}[${i}].${field}`,
          message: `${tableDescriptors[table].label} ${short(recordKey(table, r))} merujuk ke ${tableDescriptors[target].label.toLowerCase()} "${short(v)}" yang tidak ada di berkas`
        })
      }
    }
  })
  return out
}

/**
 * Every reference the app keeps whole resolves. Not checked, because the app itself leaves them behind:
 * attendance[].inviteeId (an invitee removed after attendance was taken), roles[].personId and
 * actionItems[].personId/organisationId (a contact deleted later; the record keeps the name as typed),
 * actionItems[].carriedToMeetingId (a meeting deleted later), deliveries[].inviteeId (an invitee removed after
 * her invitation was sent).
 */
function referenceProblems(s: Snapshot): DataFileProblem[] {
  const ids = <N extends TableName>(t: N) => new Set(s[t].map((r) => recordKey(t, r)))
  const meetings = ids('meetings')
  const letters = ids('letters')
  const people = ids('people')
  const organisations = ids('organisations')
  const groups = ids('groups')
  return [
    ...dangling(s, 'people', (p) => [p.organisationId], 'organisationId', 'organisations', organisations),
    ...dangling(s, 'people', (p) => p.groupIds, 'groupIds', 'groups', groups),
    ...dangling(s, 'organisations', (o) => o.groupIds, 'groupIds', 'groups', groups),
    ...dangling(s, 'letters', (l) => [l.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'invitees', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'invitees', (r) => [r.personId], 'personId', 'people', people),
    ...dangling(s, 'invitees', (r) => [r.organisationId], 'organisationId', 'organisations', organisations),
    ...dangling(s, 'documents', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'documents', (r) => [r.letterId, r.frozen?.letterId], 'letterId', 'letters', letters),
    ...dangling(s, 'roles', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'attendance', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'minutes', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'actionItems', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'deliveries', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'deliveries', (r) => [r.letterId], 'letterId', 'letters', letters),
    ...dangling(s, 'meetingPhotos', (r) => [r.meetingId], 'meetingId', 'meetings', meetings),
    ...dangling(s, 'laporan', (r) => [r.meetingId], 'meetingId', 'meetings', meetings)
  ]
}

const ALNUM = /[A-Za-z0-9]/

/**
 * Whether `number` holds `nomor` as a whole token: not glued to a letter or digit before it, nor to a
 * letter, digit or ".digit" (another insert) after it.
 */
function holdsToken(number: string, nomor: string): boolean {
  for (let at = number.indexOf(nomor); at >= 0; at = number.indexOf(nomor, at + 1)) {
    const before = at > 0 ? number.charAt(at - 1) : ''
    const after = number.charAt(at + nomor.length)
    const afterNext = number.charAt(at + nomor.length + 1)
    if (ALNUM.test(before)) continue
    if (ALNUM.test(after) || (after === '.' && /[0-9]/.test(afterNext))) continue
    return true
  }
  return false
}

/** The forms a slot's {nomor} can take under any settings: zero padding 0..6, insert as letter or decimal. */
export function nomorForms(seq: number, insert: number): string[] {
  const forms = new Set<string>()
  for (let padding = 0; padding <= 6; padding++) {
    for (const insertStyle of ['letter', 'decimal'] as const) forms.add(formatSeq(seq, insert, { padding, insertStyle }))
  }
  return [...forms]
}

/**
 * Whether a letter the app numbered (source `app`, or `gap` written by it) carries the text its slot gives.
 * The pattern in force when it was issued is not stored. So: the text what today's settings, code,
 * office code and date give is right; any other text is accepted only when it holds the slot's own
 * {nomor} as a token (nomorForms), since the pattern, padding, month style, insert style, office code or
 * classification may have changed after it was issued; a text with another number (297 in slot 296) is not.
 */
export function letterTextFits(letter: Letter, settings: NumberingSettings, codeRow: LetterCode | undefined, officeCode: string): boolean {
  const built = buildLetterNumber(settings, codeRow, {
    seq: letter.seq,
    insert: letter.insert,
    code: letter.code,
    officeCode,
    classification: codeRow?.classification ?? '',
    date: letter.date
  })
  if (built.ok && built.number === letter.number) return true
  return nomorForms(letter.seq, letter.insert).some((nomor) => holdsToken(letter.number, nomor))
}

/**
 * The numbering rules a restored register must keep, or the next number issued would repeat one or be
 * blocked: codes unique ignoring case; patterns that hold {nomor} and {tahun}; counters and letters on
 * codes that exist; every number text unique; a number the app issued says its own slot; no counter
 * below the highest main number of its letters. (Sizes, e.g. no number above 99,999, are in the schema.)
 */
function numberingProblems(s: Snapshot): DataFileProblem[] {
  const out: DataFileProblem[] = []
  const settings = s.settings.find((x) => x.id === 'numbering') ?? defaultNumberingSettings
  const codes = s.letterCodes.length > 0 ? s.letterCodes : defaultLetterCodes
  const officeCode = s.profile[0]?.officeCode ?? ''

  s.settings.forEach((x, i) => {
    const check = checkPattern(x.pattern, { counterMode: x.counterMode, scope: 'kantor' })
    if (!check.ok) out.push({ path: `settings[${i}].pattern`, message: `Pola nomor kantor "${short(x.pattern)}" tidak dapat dipakai: ${check.errors.join(' ')}` })
  })
  const byLower = new Map<string, number>()
  s.letterCodes.forEach((c, i) => {
    const lower = c.code.toLowerCase()
    const first = byLower.get(lower)
    if (first !== undefined) out.push({ path: `letterCodes[${i}].code`, message: `Kode surat ${short(c.code)} ganda: sama dengan letterCodes[${first}] bila huruf besar-kecil diabaikan` })
    else byLower.set(lower, i)
    if (c.code === SHARED_COUNTER_KEY || /[{}]/.test(c.code)) out.push({ path: `letterCodes[${i}].code`, message: `Kode surat "${short(c.code)}" tidak boleh "*" atau memuat kurung kurawal` })
    if (c.pattern.trim() !== '') {
      const check = checkPattern(c.pattern, { counterMode: settings.counterMode, scope: 'jenis' })
      if (!check.ok) out.push({ path: `letterCodes[${i}].pattern`, message: `Pola nomor jenis ${short(c.code)} tidak dapat dipakai: ${check.errors.join(' ')}` })
    }
  })
  const codeByName = new Map(codes.map((c) => [c.code, c]))
  const keyKnown = (key: string) => key === SHARED_COUNTER_KEY || codeByName.has(key)

  const highest = new Map<string, number>()
  const firstMain = new Map<string, number>()
  const texts = new Map<string, number>()
  s.letters.forEach((l, i) => {
    const where = `Surat ${short(l.number)} (${short(l.id)})`
    const codeRow = codeByName.get(l.code)
    if (!codeRow) out.push({ path: `letters[${i}].code`, message: `${where}: kode surat "${short(l.code)}" tidak ada di Kode surat` })
    if (l.counterKey !== l.code && l.counterKey !== SHARED_COUNTER_KEY) {
      out.push({ path: `letters[${i}].counterKey`, message: `${where}: penghitung "${short(l.counterKey)}" bukan kode suratnya dan bukan penghitung bersama "*"` })
    }
    if (Number(l.date.slice(0, 4)) !== l.year) out.push({ path: `letters[${i}].year`, message: `${where}: tahun ${l.year} tidak sama dengan tahun tanggalnya ${l.date}` })
    const first = texts.get(l.number)
    if (first !== undefined) out.push({ path: `letters[${i}].number`, message: `${where}: nomor yang sama sudah dipakai letters[${first}]` })
    else texts.set(l.number, i)
    if ((l.source === 'app' || l.source === 'gap') && !letterTextFits(l, settings, codeRow, officeCode)) {
      out.push({
        path: `letters[${i}].number`,
        message: `${where}: nomornya tidak sesuai dengan urutannya di Buku Agenda (nomor urut ${formatSeq(l.seq, l.insert, { padding: 0, insertStyle: settings.insertStyle })})`
      })
    }
    if (l.insert === 0) {
      const k = `${l.counterKey}|${l.year}`
      highest.set(k, Math.max(highest.get(k) ?? 0, l.seq))
      if (!firstMain.has(k)) firstMain.set(k, i)
    }
  })

  const counterSlots = new Map<string, number>()
  s.counters.forEach((c, i) => {
    const where = `Penghitung ${short(c.id)}`
    if (!keyKnown(c.key)) out.push({ path: `counters[${i}].key`, message: `${where}: kode "${short(c.key)}" tidak ada di Kode surat` })
    const k = `${c.key}|${c.year}`
    const first = counterSlots.get(k)
    if (first !== undefined) out.push({ path: `counters[${i}]`, message: `${where}: penghitung ${short(c.key)} tahun ${c.year} ganda (counters[${first}])` })
    else counterSlots.set(k, i)
    const top = highest.get(k) ?? 0
    if (c.last < top) out.push({ path: `counters[${i}].last`, message: `${where}: nomor terakhir ${c.last} lebih kecil dari nomor ${top} yang sudah ada di Buku Agenda` })
  })
  // A main number with no counter at all: the restore would take every number below it as lost.
  for (const [k, i] of firstMain) {
    const l = s.letters[i] as Letter
    if (!counterSlots.has(k)) out.push({ path: `letters[${i}]`, message: `Surat ${short(l.number)} (${short(l.id)}): tidak ada penghitung ${short(l.counterKey)} tahun ${l.year} untuknya` })
  }
  return out
}
