/**
 * The drill page: the app's own data layer (database, numbering, backup, restore, guard, browser bridge),
 * not a copy, driven by `npm run drill` in real Chromium. ?mode=kill issues numbers as fast as it can until
 * the browser is killed; every mode puts `window.drill` (check, restoreCase, seed) in place for Node.
 */
import Dexie from 'dexie'
import { readDataFile, tableNames, toDataFile, type Snapshot } from '../../../shared/datafile'
import { guardRecord } from '../../../shared/guard'
import { ketuaSigner, meetingKinds, type Letter, type OfficeProfileFields } from '../../../shared/model'
import { createBrowserApi, installBrowserBridge } from '../../../renderer/src/bridge/browser-api'
import { backupJson, OtherOfficeError, planRestore, restore, restoreKeepingNumbers } from '../../../renderer/src/data/backup'
import { DB_NAME, type PkkDatabase } from '../../../renderer/src/data/db'
import { checkGuardAtStart, writeGuard } from '../../../renderer/src/data/guard'
import { attachJournal, keepJournal } from '../../../renderer/src/data/journal-keeper'
import { restoreFromJournal } from '../../../renderer/src/data/journal-restore'
import type { AppendResult, JournalContents } from '../../../shared/journal'
import { cancelLetter, issueLetter } from '../../../renderer/src/data/letters-repo'
import { addInvitees, createMeeting } from '../../../renderer/src/data/meetings-repo'
import { openDatabase } from '../../../renderer/src/data/open'
import { getProfile, saveProfile } from '../../../renderer/src/data/profile-repo'
import { readSnapshot } from '../../../renderer/src/data/snapshot-repo'
import { unprintableCharacters } from '../../../shared/documents/font-runs'
import { generateOffice, prng, type OfficeSize } from '../../../test/fixtures/ten-year-office'
import { classifyChange, mutateByte, setWrongType, truncateText } from '../mutate'
import { ACK, BATAL, ERR, READY, type CheckReport, type DrillApi, type KillParams, emptyRestoreResult, type RestoreCaseResult, type RestoreParams, type TextEdit } from '../protocol'
import { compareSnapshots, describeDifference, type Ack } from '../verify'

/** The text without the characters no font of the PDF draws (half a surrogate pair, control characters, ...). */
const printableOnly = (text: string): string => unprintableCharacters(text).reduce((t, c) => t.split(c).join(''), text)

/**
 * In the kill drill Node keeps the guard record, as Electron's main process does (a file beside the
 * database, written by IPC): it survives when Chromium and its storage are killed. Elsewhere the browser
 * bridge keeps it in localStorage, as the browser build does.
 */
type NodeGuard = (op: 'read' | 'write', json: string) => Promise<string>
type NodeJournal = (op: 'append' | 'read' | 'checkpoint', arg: string) => Promise<string>
const nodeGuard = (window as unknown as { __drillGuard?: NodeGuard }).__drillGuard
if (nodeGuard) {
  const api = createBrowserApi()
  api.guard = {
    async read() {
      const parsed = guardRecord.safeParse(JSON.parse(await nodeGuard('read', '')))
      return parsed.success ? parsed.data : null
    },
    async write(record) {
      await nodeGuard('write', JSON.stringify(guardRecord.parse(record)))
    }
  }
  // The change journal likewise: Node keeps it with main's own handlers (electron/main/ipc/journal.ts).
  const nodeJournal = (window as unknown as { __drillJournal?: NodeJournal }).__drillJournal
  if (nodeJournal) {
    api.journal = {
      append: async (payload) => JSON.parse(await nodeJournal('append', payload)) as AppendResult,
      read: async () => JSON.parse(await nodeJournal('read', '')) as JournalContents,
      checkpoint: async (args) => {
        await nodeJournal('checkpoint', JSON.stringify(args))
      }
    }
  }
  Object.defineProperty(window, 'pkk', { value: api, configurable: false, writable: false })
}
installBrowserBridge()

const open = () => openDatabase({ backupBeforeUpgrade: (json) => window.pkk.backup.write({ reason: 'sebelum-migrasi', json }) })
const message = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err))
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))

const DRILL_PROFILE: OfficeProfileFields = {
  level: 'provinsi',
  regionName: 'Sumatera Barat',
  officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
  address: 'Jalan Rasuna Said No. 76 Padang',
  phone: '(0751) 7051234',
  email: 'tppkk@sumbarprov.go.id',
  website: '',
  ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
  ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
  sekretarisName: "Dra. Hj. Ni'mah Syafrida, M.Si",
  placeName: 'Padang',
  officeCode: 'PKK-PROP',
  paper: 'F4',
  timeZone: 'WIB'
}

// ---------------------------------------------------------------- kill: issue as fast as possible

const CODES = ['SKR', 'SKR', 'SKR', 'KEP', 'POKJA I']

function addDay(iso: string, lastOfYear: string): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  const next = d.toISOString().slice(0, 10)
  return next > lastOfYear ? lastOfYear : next
}

const ackOf = (l: Letter): Ack => ({ number: l.number, counterKey: l.counterKey, year: l.year, seq: l.seq, insert: l.insert })

/**
 * Issues numbers until the browser dies: mostly the next number, sometimes a back-dated letter (an inserted
 * number), sometimes a cancellation. Each line is logged only after its transaction has completed.
 */
async function killLoop({ year, seed }: KillParams): Promise<never> {
  const db = await open()
  // As the app does once it opened normally: every write journaled, a first base when there is none.
  attachJournal(db)
  await keepJournal(db)
  if (!(await getProfile(db))) await saveProfile(db, DRILL_PROFILE)
  const rnd = prng(seed)
  const first = `${year}-01-02`
  const lastOfYear = `${year}-12-31`
  const existing = await db.letters.where('year').equals(year).toArray()
  let cursor = existing.reduce((m, l) => (l.date > m ? l.date : m), first)
  // Every code starts the year on 2 January, so a back-dated letter always has a number to follow.
  for (const code of new Set(CODES)) {
    if (!existing.some((l) => l.code === code)) {
      const l = await issueLetter(db, { code, date: first, perihal: `Surat pertama ${code}`, kepada: 'Kepala Dinas' })
      console.log(ACK + JSON.stringify(ackOf(l)))
    }
  }
  console.log(READY)
  const mine: Letter[] = []
  for (let n = 1; ; n++) {
    const r = rnd()
    try {
      if (r < 0.04 && mine.length > 0) {
        const [victim] = mine.splice(Math.floor(rnd() * mine.length), 1)
        if (victim) {
          const l = await cancelLetter(db, victim.id, 'Dibatalkan dalam latihan keandalan')
          console.log(BATAL + JSON.stringify(ackOf(l)))
        }
      } else {
        let date = cursor
        if (r < 0.1) {
          // Back-dated: a day between 2 January and today's cursor.
          const span = (Date.parse(cursor) - Date.parse(first)) / 86_400_000
          const d = new Date(Date.parse(first) + Math.floor(rnd() * (span + 1)) * 86_400_000)
          date = d.toISOString().slice(0, 10)
        } else if (r > 0.9) {
          cursor = addDay(cursor, lastOfYear)
          date = cursor
        }
        const code = CODES[Math.floor(rnd() * CODES.length)] ?? 'SKR'
        const l = await issueLetter(db, { code, date, perihal: `Undangan rapat ke-${n} tentang "Gerakan PKK" di Nagari Sungai Pua'`, kepada: 'Kepala Dinas Kesehatan' })
        console.log(ACK + JSON.stringify(ackOf(l)))
        if (mine.length < 200) mine.push(l)
      }
      // The record kept outside IndexedDB follows, as keepGuard does in the app between bursts.
      if (n % 25 === 0) await writeGuard(db)
    } catch (err) {
      console.log(ERR + message(err))
      await sleep(20)
    }
  }
}

// ---------------------------------------------------------------- check: read the register after a restart

async function check(): Promise<CheckReport> {
  const t0 = performance.now()
  const record = await window.pkk.guard.read()
  const guardRecordLetters = record ? (record.counts['letters'] ?? 0) : null
  let databases: string[] = []
  let db: PkkDatabase
  let openError: string | null = null
  try {
    databases = (await indexedDB.databases()).map((d) => `${d.name ?? '?'} v${d.version ?? '?'}`)
    db = await open()
  } catch (err) {
    // What the app would show as StartupError ("Basis data tidak dapat dibuka"); its "Muat ulang" opens again.
    openError = message(err)
    try {
      db = await open()
    } catch (again) {
      return { openError, reopenError: message(again), guard: null, guardRecordLetters, databases, letters: [], counters: [], recovered: null, ms: performance.now() - t0 }
    }
  }
  try {
    const finding = await checkGuardAtStart(db)
    let recovered: string[] | null = null
    if (finding || openError) {
      // The screens' recovery path: the guard screen's "Pulihkan dari jurnal", then the guard record again.
      attachJournal(db)
      const r = await restoreFromJournal(db)
      if (r) {
        await writeGuard(db)
        recovered = [`${r.recovery.fromJournal.entries} perubahan dari jurnal`, `kept ${r.carried?.kept ?? 0}`, `lost ${r.carried?.lost.length ?? 0}`]
      }
    }
    const { letters, counters } = await db.transaction('r', db.letters, db.counters, async () => ({
      letters: await db.letters.toArray(),
      counters: await db.counters.toArray()
    }))
    return {
      openError,
      reopenError: null,
      recovered,
      guard: finding?.lines ?? null,
      guardRecordLetters,
      databases,
      letters: letters.map((l) => [l.counterKey, l.year, l.seq, l.insert, l.number, l.status, l.source === 'gap']),
      counters: counters.map((c) => [c.key, c.year, c.last]),
      ms: performance.now() - t0
    }
  } finally {
    db.close()
  }
}

// ---------------------------------------------------------------- restore: offices backed up, wiped, restored

const editable: Record<TextEdit['table'], [field: string, max: number, required: boolean][]> = {
  people: [
    ['name', 200, true],
    ['position', 400, false],
    ['notes', 1000, false]
  ],
  organisations: [
    ['name', 400, true],
    ['headTitle', 400, false],
    ['address', 400, false]
  ],
  letters: [
    ['perihal', 1000, true],
    ['kepada', 2000, false],
    ['tembusan', 2000, false],
    ['lampiran', 200, false]
  ],
  groups: [
    ['name', 200, true],
    ['description', 500, false]
  ],
  profile: [
    ['officeName', 300, true],
    ['ketuaName', 200, true],
    ['sekretarisName', 200, false],
    ['address', 300, true],
    ['regionName', 120, true],
    ['placeName', 100, true]
  ]
}

/** Random text in a free-text field; trimmed and cut to the schema's limit, as the forms would keep it. */
function applyEdits(office: Snapshot, edits: readonly TextEdit[]): void {
  for (const e of edits) {
    const rows = office[e.table] as unknown as Record<string, unknown>[]
    if (rows.length === 0) continue
    const row = rows[Math.min(rows.length - 1, Math.floor(e.at * rows.length))]
    const fields = editable[e.table]
    const [field, max, required] = fields[Math.min(fields.length - 1, Math.floor(e.field * fields.length))] ?? ['name', 200, true]
    if (!row) continue
    let value = e.value.slice(0, max).trim()
    if (required && value === '') value = "Ni'mah"
    row[field] = value
  }
}

async function wipe(db: PkkDatabase | null): Promise<PkkDatabase> {
  if (db) await db.delete()
  else await Dexie.delete(DB_NAME)
  return open()
}

async function restoreCase(p: RestoreParams): Promise<RestoreCaseResult> {
  const t0 = performance.now()
  const res = emptyRestoreResult()
  let db: PkkDatabase | null = null
  let stage = 'generate'
  try {
    const office = generateOffice(p.size, p.seed)
    applyEdits(office, p.edits)
    stage = 'wipe'
    db = await wipe(null)
    stage = 'load'
    const plan0 = await planRestore(db, JSON.stringify(toDataFile(office, __APP_VERSION__)))
    if (!plan0.ok) {
      res.generatorRefused = plan0.problems.slice(0, 5).map((x) => `${x.path} ${x.message}`)
      return res
    }
    await restore(db, plan0)
    const loaded = await readSnapshot(db)
    const loadCmp = compareSnapshots(plan0.snapshot as unknown as Record<string, unknown[]>, loaded as unknown as Record<string, unknown[]>)
    res.loadEqual = loadCmp.equal
    res.differences.push(...loadCmp.differences.map((d) => `muat: ${describeDifference(d)}`))

    stage = 'meetings'
    const people = loaded.people
    const orgs = loaded.organisations
    for (const [i, m] of p.meetings.entries()) {
      // Typed text must print (input refuses what no font draws): the random title keeps only what prints.
      const title = printableOnly(m.title.slice(0, 500)).trim() || 'Rapat Koordinasi'
      const meeting = await createMeeting(db, {
        title,
        kind: meetingKinds[i % meetingKinds.length] ?? 'lainnya',
        dates: ['2019-12-20'],
        timeStart: '09:00',
        timeEnd: '',
        timeZone: 'WIB',
        place: printableOnly(`Aula ${title}`.slice(0, 500)),
        agenda: ['Pembukaan', title.slice(0, 1000)],
        basis: [],
        objectives: [],
        signer: ketuaSigner,
        notes: ''
      })
      const keys = [
        ...people.slice(0, m.invitees).map((x) => `p:${x.id}`),
        ...orgs.slice(0, Math.ceil(m.invitees / 3)).map((x) => `o:${x.id}`)
      ]
      if (keys.length > 0) await addInvitees(db, meeting.id, keys)
    }

    stage = 'backup'
    const before = await readSnapshot(db)
    res.records = tableNames.reduce((n, t) => n + before[t].length, 0)
    const backup = await backupJson(db)
    res.backupBytes = new Blob([backup]).size
    stage = 'wipe before restore'
    db = await wipe(db)
    stage = 'restore'
    const plan = await planRestore(db, backup)
    if (!plan.ok) {
      res.crashes.push(`cadangan sendiri ditolak: ${plan.problems.slice(0, 3).map((x) => `${x.path} ${x.message}`).join('; ')}`)
      return res
    }
    const undo0 = await restore(db, plan)
    if (undo0 !== null) res.crashes.push('pemulihan ke basis data kosong membuat cadangan pembatalan')
    const after = await readSnapshot(db)
    const cmp = compareSnapshots(before as unknown as Record<string, unknown[]>, after as unknown as Record<string, unknown[]>)
    res.roundTripEqual = cmp.equal
    res.differences.push(...cmp.differences.map(describeDifference))

    const current = db
    const same = async () =>
      compareSnapshots(after as unknown as Record<string, unknown[]>, (await readSnapshot(current)) as unknown as Record<string, unknown[]>).equal
    const backToOriginal = async () => {
      const again = await planRestore(current, backup)
      if (again.ok) await restore(current, again, { allowOtherOffice: true })
    }
    /**
     * A file the app must refuse, sent the whole way the restore screens send a file: planRestore, and had it
     * passed, restoreKeepingNumbers (with consent for another office's data, so only the checks can stop it).
     * Refused with a message (a problem list, or the restore's error), nothing written.
     */
    const mustRefuse = async (text: string, what: string): Promise<boolean> => {
      let refused = false
      try {
        const r = await planRestore(current, text)
        if (!r.ok) refused = r.problems.length > 0 && r.problems.every((x) => x.message.length > 0)
        else {
          try {
            await restoreKeepingNumbers(current, r, { allowOtherOffice: true })
          } catch (err) {
            refused = message(err).length > 0
          }
        }
      } catch (err) {
        res.crashes.push(`${what}: ${message(err)}`)
      }
      if (!(await same())) {
        res.changedByRefusedFile++
        await backToOriginal()
      }
      return refused
    }

    stage = 'truncated'
    for (const f of p.cuts) {
      const t = truncateText(backup, f)
      res.truncated.tried++
      if (await mustRefuse(t.text, `terpotong di ${t.at}`)) res.truncated.refused++
    }

    stage = 'bytes'
    const parsed: unknown = JSON.parse(backup)
    for (const b of p.bytes) {
      const m = mutateByte(backup, b.at, b.value)
      const change = classifyChange(parsed, m.text)
      res.bytes.tried++
      const what = `bita ${m.at} ${m.from}->${m.to} (${change.kind} ${change.path})`
      try {
        const r = await planRestore(current, m.text)
        if (!(await same())) {
          res.changedByRefusedFile++
          await backToOriginal()
        }
        if (!r.ok) {
          res.bytes.refused++
          continue
        }
        if (change.kind === 'syntax' || change.kind === 'structure') {
          res.bytes.acceptedStructural.push(what)
          continue
        }
        // A file that still reads as valid data: an edit the format cannot tell from a real one, or a renamed
        // optional key read as an unknown field and dropped. The app restores exactly what it read, and the
        // undo backup brings the office back.
        if (change.kind === 'key') res.bytes.droppedFields.push(change.path)
        else res.bytes.acceptedEdits++
        if (r.otherOffice) {
          try {
            await restore(current, r)
            res.crashes.push(`${what}: berkas kantor lain dipulihkan tanpa persetujuan`)
          } catch (err) {
            if (!(err instanceof OtherOfficeError)) throw err
            if (!(await same())) res.changedByRefusedFile++
          }
        }
        const undo = await restore(current, r, { allowOtherOffice: true })
        if (compareSnapshots(r.snapshot as unknown as Record<string, unknown[]>, (await readSnapshot(current)) as unknown as Record<string, unknown[]>).equal) {
          res.bytes.acceptedApplied++
        }
        if (!undo) {
          res.crashes.push(`${what}: tidak ada cadangan pembatalan`)
          await backToOriginal()
          continue
        }
        const undoText = await window.pkk.backup.read(undo.fileName)
        const undoRead = readDataFile(undoText)
        if (undoRead.ok && compareSnapshots(after as unknown as Record<string, unknown[]>, undoRead.snapshot as unknown as Record<string, unknown[]>).equal) {
          res.bytes.undoEqual++
        }
        const undoPlan = await planRestore(current, undoText)
        if (undoPlan.ok) await restore(current, undoPlan, { allowOtherOffice: true })
        if (!(await same())) {
          res.crashes.push(`${what}: cadangan pembatalan tidak mengembalikan data`)
          await backToOriginal()
        }
      } catch (err) {
        res.crashes.push(`${what}: ${message(err)}`)
      }
    }

    stage = 'wrong types'
    for (const picks of p.wrongTypes) {
      const w = setWrongType(parsed, picks)
      if (!w) continue
      res.wrongTypes.tried++
      if (await mustRefuse(w.text, `jenis salah ${w.path}`)) res.wrongTypes.refused++
      else res.wrongTypes.accepted.push(w.path)
    }

    stage = 'hostile'
    for (const h of p.hostile ?? []) {
      res.hostile.tried++
      if (await mustRefuse(h.text, `berkas jahat ${h.name}`)) res.hostile.refused++
      else res.hostile.accepted.push(h.name)
    }
  } catch (err) {
    res.crashes.push(`${stage}: ${message(err)}`)
  } finally {
    db?.close()
    res.ms = performance.now() - t0
  }
  return res
}

// ---------------------------------------------------------------- seed: a small office for the empty drill

async function seed(seedValue: number, size: OfficeSize) {
  const db = await wipe(null)
  try {
    const plan = await planRestore(db, JSON.stringify(toDataFile(generateOffice(size, seedValue), __APP_VERSION__)))
    if (!plan.ok) throw new Error(`Kantor buatan ditolak: ${plan.problems.slice(0, 3).map((x) => `${x.path} ${x.message}`).join('; ')}`)
    await restore(db, plan)
    const s = await readSnapshot(db)
    return { letters: s.letters.length, records: tableNames.reduce((n, t) => n + s[t].length, 0) }
  } finally {
    db.close()
  }
}

async function touch(): Promise<number> {
  const db = await open()
  try {
    for (let i = 0; i < 3; i++) await issueLetter(db, { code: 'SKR', date: '2030-03-02', perihal: `Undangan sesudah pemulihan ${i + 1}`, kepada: 'Kepala Dinas' })
    return db.letters.count()
  } finally {
    db.close()
  }
}

const api: DrillApi = { check, restoreCase, seed, touch }
Object.assign(window, { drill: api })

const params = new URLSearchParams(location.search)
if (params.get('mode') === 'kill') {
  void killLoop({ year: Number(params.get('year') ?? 2030), seed: Number(params.get('seed') ?? 1) }).catch((err: unknown) => console.log(ERR + message(err)))
}
