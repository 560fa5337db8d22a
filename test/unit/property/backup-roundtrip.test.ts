/**
 * Whatever the app writes, its own restore accepts (docs/data-format.md): an office is built through the
 * data layer's public functions only (profile and logo, contacts and a group, meetings over 1-3 days,
 * invitees and their order, letters issued and cancelled, drafts, attendance, minutes and follow-ups),
 * backed up with the function the app uses for a data file, and restored into a fresh database with the
 * app's restore. The restore must not refuse anything, and the restored
 * database must equal the original record for record in every table.
 *
 * Small by default so CI stays well under a minute; larger with
 *   PROPERTY_RUNS=200 PROPERTY_MAX_INVITEES=500 npx vitest run --project unit test/unit/property/backup-roundtrip.test.ts
 */
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { beforeEach, describe, expect, test } from 'vitest'
import { tableDescriptors, tableNames, type DataFileProblem, type Snapshot } from '@shared/datafile'
import { defaultUndanganDraft, emptyMinutes } from '@shared/meetings'
import { ketuaSigner, type MeetingFields, type OrganisationKind } from '@shared/model'
import { backupJson, planRestore, restore } from '@renderer/data/backup'
import { PkkDatabase } from '@renderer/data/db'
import { addWalkIn, markInvitees, recordAttendance } from '@renderer/data/attendance-repo'
import { saveGroup, saveOrganisation, savePerson, setGroupMembers } from '@renderer/data/contacts-repo'
import { issueDocument } from '@renderer/data/document-commands'
import { cancelLetter, issueLetter } from '@renderer/data/letters-repo'
import { addInvitees, createMeeting, moveInvitee } from '@renderer/data/meetings-repo'
import { addActionItem, saveMinutes } from '@renderer/data/minutes-repo'
import { saveProfile, setProfileImage } from '@renderer/data/profile-repo'
import { readSnapshot } from '@renderer/data/snapshot-repo'
import { installFakeWindow } from '../support/fake-window'
import { meetingInvitees } from '@renderer/data/meeting-rows'

const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 20)
const MAX_INVITEES = Number(process.env['PROPERTY_MAX_INVITEES'] ?? 60)

// ---- text as offices write it: apostrophes, diacritics, emoji (surrogate pairs, ZWJ sequences), honorifics

const pieces = ['a', 'Z', 'n', ' ', "'", '’', 'é', 'ñ', 'ü', 'Ö', 'ç', 'ą', 'ß', '🌸', '👩‍👩‍👧', 'Ny. ', 'Hj. ', 'Dinas ', 'Kesehatan', '-', ',', '.', '(', ')']

/** Text of exactly `min`..`max` UTF-16 units (what zod's max counts), never blank when min > 0. */
function textOf(min: number, max: number): fc.Arbitrary<string> {
  return fc.tuple(fc.integer({ min, max }), fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 })).map(([len, ps]) => {
    let out = ''
    for (let i = 0; out.length < len; i++) {
      const p = ps[i % ps.length] ?? 'a'
      out += out.length + p.length <= len ? p : 'a'
    }
    // Required fields: the app trims, so an all-blank text would be refused at input (rightly).
    return min > 0 && out.trim() === '' ? 'A'.repeat(len) : out
  })
}

interface OrgSpec {
  name: string
  headTitle: string
  kind: OrganisationKind
}
interface PersonSpec {
  name: string
  position: string
  org: number
}
interface MeetingSpec {
  title: string
  days: number
  invite: number
  walkIn: string
  perihal: string
  cancelReason: string
  kesimpulan: string
  action: string
}
interface Scenario {
  officeName: string
  ketuaName: string
  groupName: string
  organisations: OrgSpec[]
  people: PersonSpec[]
  meetings: MeetingSpec[]
}

function scenario(limits: { orgName: number; headTitle: number }): fc.Arbitrary<Scenario> {
  return fc.record({
    officeName: textOf(1, 300),
    ketuaName: textOf(1, 200),
    groupName: textOf(1, 200),
    organisations: fc.array(
      fc.record({
        name: textOf(1, limits.orgName),
        // An empty head title: the invitation is addressed to "Pimpinan <name>".
        headTitle: fc.oneof(fc.constant(''), textOf(1, limits.headTitle)),
        kind: fc.constantFrom<OrganisationKind>('opd', 'pkk', 'lainnya')
      }),
      { minLength: 1, maxLength: 5 }
    ),
    people: fc.array(fc.record({ name: textOf(1, 200), position: textOf(0, 400), org: fc.nat(10) }), { minLength: 1, maxLength: MAX_INVITEES, size: 'max' }),
    meetings: fc.array(
      fc.record({
        title: textOf(1, 500),
        days: fc.integer({ min: 1, max: 3 }),
        invite: fc.integer({ min: 1, max: MAX_INVITEES }),
        walkIn: textOf(1, 200),
        perihal: textOf(1, 1000),
        cancelReason: textOf(1, 500),
        kesimpulan: textOf(1, 5000),
        action: textOf(1, 2000)
      }),
      { minLength: 1, maxLength: 2 }
    )
  })
}

// ---- the office, built only through the data layer

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3])
const at = (iso: string) => new Date(`${iso}T03:00:00.000Z`)
const day = (n: number) => `2026-03-${String(9 + n).padStart(2, '0')}`

let dbCount = 0
const freshDb = () => new PkkDatabase(`uji-sifat-cadangan-${++dbCount}-${crypto.randomUUID()}`)

async function buildOffice(db: PkkDatabase, s: Scenario): Promise<void> {
  await saveProfile(db, {
    level: 'provinsi',
    regionName: 'Sumatera Barat',
    officeName: s.officeName,
    address: 'Jalan Rasuna Said No. 76 Padang',
    phone: '(0751) 7051234',
    email: '',
    website: '',
    ketuaName: s.ketuaName,
    ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
    sekretarisName: "Dra. Hj. Ni'mah",
    placeName: 'Padang',
    officeCode: 'PKK-PROP',
    paper: 'F4',
    timeZone: 'WIB'
  })
  await setProfileImage(db, 'logo', { mime: 'image/png', name: 'logo.png', data: PNG })
  const group = await saveGroup(db, { name: s.groupName, description: '' })
  const orgs = []
  for (const o of s.organisations) {
    orgs.push(await saveOrganisation(db, { name: o.name, kind: o.kind, headTitle: o.headTitle, address: '', phone: '', email: '', groupIds: [group.id] }))
  }
  const people = []
  for (const p of s.people) {
    const org = orgs[p.org % (orgs.length + 1)]
    people.push(await savePerson(db, { name: p.name, position: p.position, ...(org ? { organisationId: org.id } : {}), phone: '', email: '', groupIds: [], notes: '' }))
  }
  await setGroupMembers(db, group.id, { people: people.map((p) => p.id), organisations: orgs.map((o) => o.id) })
  // Organisations first, so a meeting of any size invites them (addressed to their heads).
  const keys = [...orgs.map((o) => `o:${o.id}`), ...people.map((p) => `p:${p.id}`)]
  for (const [i, m] of s.meetings.entries()) {
    const dates = Array.from({ length: m.days }, (_, d) => day(i * 4 + d))
    const fields: MeetingFields = {
      title: m.title,
      kind: 'rapat-koordinasi',
      dates,
      timeStart: '09:00',
      timeEnd: '',
      timeZone: 'WIB',
      place: 'Aula',
      agenda: ['Pembukaan'],
      basis: [],
      objectives: [],
      signer: ketuaSigner,
      notes: ''
    }
    const meeting = await createMeeting(db, fields, at(dates[0] ?? '2026-03-09'))
    const invited = keys.slice(0, m.invite)
    await addInvitees(db, meeting.id, invited)
    const lastInvitee = (await meetingInvitees(db, meeting.id)).sort((a, b) => a.order - b.order).at(-1)
    if (lastInvitee) await moveInvitee(db, meeting.id, lastInvitee.id, -1)
    const letterDate = '2026-03-02'
    // Issued through the meeting page's command: the register entry and the frozen copy come from the kind's definition.
    // Cut at 300 UTF-16 units without leaving half an emoji (input refuses half a surrogate pair: it cannot be printed).
    await issueDocument(db, meeting.id, 'undangan', { ...defaultUndanganDraft(meeting, letterDate, invited.length), hal: `Undangan ${m.perihal}`.slice(0, 300).replace(/[\uD800-\uDBFF]$/, '') })
    const decree = await issueLetter(db, { code: 'KEP', date: letterDate, kepada: m.walkIn, perihal: m.perihal, meetingId: meeting.id, documentKind: 'keputusan' })
    await cancelLetter(db, decree.id, m.cancelReason)
    const invitees = (await meetingInvitees(db, meeting.id)).sort((a, b) => a.order - b.order)
    for (const d of dates) {
      await markInvitees(db, meeting.id, d, invitees.slice(0, -1).map((i) => i.id), 'hadir')
      const last = invitees.at(-1)
      if (last) await recordAttendance(db, meeting.id, d, { inviteeId: last.id }, { mark: { status: 'diwakili', delegateName: m.walkIn, delegatePosition: m.title } })
      await addWalkIn(db, meeting.id, d, { name: m.walkIn, position: m.title, organisation: m.title, note: '' })
    }
    const profile = await db.profile.get('office')
    await saveMinutes(db, { ...emptyMinutes(meeting.id, profile), kesimpulan: [m.kesimpulan] })
    await addActionItem(db, meeting.id, { what: m.action, ownerText: '', due: '', status: 'terbuka', ...(orgs[0] ? { organisationId: orgs[0].id } : {}) })
  }
}

// ---- the round trip

const byKey = (table: (typeof tableNames)[number], rows: readonly unknown[]) => {
  const key = tableDescriptors[table].key
  return [...rows].sort((a, b) => String((a as Record<string, unknown>)[key]).localeCompare(String((b as Record<string, unknown>)[key])))
}

/** Refusals of the restore, in a form a failing run can print: the first problems and what caused them. */
class RestoreRefused extends Error {
  constructor(readonly problems: DataFileProblem[]) {
    super(`Pemulihan menolak cadangan buatan aplikasi sendiri: ${problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join(' | ')}${problems.length > 5 ? ` (+${problems.length - 5})` : ''}`)
    this.name = 'RestoreRefused'
  }
}

/** The largest office a run restored (printed, so a run shows what it covered). */
const largest = { invitees: 0, attendance: 0 }

async function roundTrip(s: Scenario): Promise<void> {
  const db = freshDb()
  const target = freshDb()
  try {
    await buildOffice(db, s)
    const original: Snapshot = await readSnapshot(db)
    const plan = await planRestore(target, await backupJson(db))
    if (!plan.ok) throw new RestoreRefused(plan.problems)
    await restore(target, plan)
    const restored = await readSnapshot(target)
    for (const t of tableNames) expect(byKey(t, restored[t]), t).toEqual(byKey(t, original[t]))
    largest.invitees = Math.max(largest.invitees, original.invitees.length)
    largest.attendance = Math.max(largest.attendance, original.attendance.length)
    // The scenario reached every table it means to (a silent skip would make the property vacuous).
    for (const t of ['profile', 'groups', 'organisations', 'people', 'meetings', 'invitees', 'documents', 'letters', 'attendance', 'minutes', 'actionItems'] as const) {
      expect(original[t].length, t).toBeGreaterThan(0)
    }
  } finally {
    db.close()
    target.close()
    await Promise.all([db.delete(), target.delete()])
  }
}

beforeEach(() => {
  installFakeWindow()
})

describe('whatever the app writes, its own restore accepts', () => {
  test('an office built through the repositories comes back from its backup record for record', async () => {
    // Every text at the full range its input accepts: organisation names and head titles up to 400
    // characters too, which the attendance rows once copied past their own 200 and the restore refused.
    await fc.assert(fc.asyncProperty(scenario({ orgName: 400, headTitle: 400 }), roundTrip), { numRuns: RUNS })
    console.info(`${RUNS} kantor dipulihkan; terbesar: ${largest.invitees} undangan, ${largest.attendance} baris kehadiran`)
  }, 120_000)
})
