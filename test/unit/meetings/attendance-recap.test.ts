import { describe, expect, test } from 'vitest'
import {
  attendanceRoster,
  dayRecap,
  meetingDocuments,
  meetingRecap,
  orderParticipants,
  recapSentence,
  recapSummaryLines,
  rosterInvitees,
  sheetParticipants,
  type RosterInvitee
} from '../../../shared/meetings'
import type { Attendance, AttendanceStatus, Invitee, Meeting } from '../../../shared/model'
import { rakonMinutes } from '../documents/minutes-fixture'
import { rakon, sampleSnapshot } from '../documents/daftar-hadir-fixture'

const D1 = '2019-12-05'
const D2 = '2019-12-06'

let seq = 0
const row = (fields: Partial<Attendance> & Pick<Attendance, 'status'>): Attendance => ({
  id: `row-${++seq}`,
  meetingId: 'rakon',
  day: D1,
  name: '',
  position: '',
  organisation: '',
  delegateName: '',
  delegatePosition: '',
  note: '',
  order: seq,
  updatedAt: '2019-12-05T02:00:00.000Z',
  ...fields
})
const mark = (inviteeId: string, day: string, status: AttendanceStatus) => row({ inviteeId, day, status })
const walkIn = (name: string, day: string) => row({ name, day, status: 'hadir', order: 1_000_000 + ++seq })
const invitee = (i: number): RosterInvitee => ({ inviteeId: `inv-${i}`, name: `Peserta ${i}`, position: '', organisation: i % 2 ? 'Dinas A' : 'Dinas B' })

describe('a meeting of several days folds into one count per invitee', () => {
  const people = [1, 2, 3, 4, 5, 6, 7].map(invitee)
  const rows = [
    mark('inv-1', D1, 'tidak-hadir'),
    mark('inv-1', D2, 'hadir'), // hadir on any day: hadir
    mark('inv-2', D1, 'diwakili'),
    mark('inv-2', D2, 'izin'), // diwakili beats izin
    mark('inv-3', D1, 'belum'),
    mark('inv-3', D2, 'izin'), // izin and never present: izin
    mark('inv-4', D1, 'tidak-hadir'),
    mark('inv-4', D2, 'izin'), // izin beats tidak hadir
    mark('inv-5', D2, 'tidak-hadir'), // tidak hadir, nothing else
    // inv-6, inv-7: nothing recorded on any day
    walkIn('Rina Marlina', D1),
    walkIn('  rina   MARLINA ', D2), // the same walk-in on both days: once
    walkIn('Budi', D2)
  ]

  test('hadir > diwakili > izin > tidak hadir > belum; walk-ins once by name', () => {
    const r = meetingRecap(people, rows, [D2, D1])
    expect(r.meeting.total).toEqual({ diundang: 7, hadir: 1, diwakili: 1, izin: 2, tidakHadir: 1, belum: 2, tidakTerdaftar: 2, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 })
    expect(r.days.map((d) => [d.day, d.index, d.recap.total])).toEqual([
      [D1, 1, { diundang: 7, hadir: 0, diwakili: 1, izin: 0, tidakHadir: 2, belum: 4, tidakTerdaftar: 1, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 }],
      [D2, 2, { diundang: 7, hadir: 1, diwakili: 0, izin: 3, tidakHadir: 1, belum: 2, tidakTerdaftar: 2, ttdDigital: 0, datangTerlambat: 0, pulangAwal: 0 }]
    ])
  })

  test('never counts "not yet recorded" as absent (18 hadir, 2 izin, 44 belum is not "47 tidak hadir")', () => {
    const many = Array.from({ length: 65 }, (_, i) => invitee(i))
    const recorded = [...many.slice(0, 18).map((p) => mark(p.inviteeId, D1, 'hadir')), mark('inv-18', D1, 'izin'), mark('inv-19', D1, 'izin'), mark('inv-20', D1, 'tidak-hadir')]
    const total = meetingRecap(many, recorded, [D1]).meeting.total
    expect(recapSentence(total)).toBe('Diundang 65 orang; hadir 18 orang, 2 izin, 1 tidak hadir, 44 belum dicatat.')
  })

  test('a two-day meeting with one izin on day 2 says so (not "6 hadir, 0 tidak hadir")', () => {
    const six = [1, 2, 3, 4, 5, 6, 7].map(invitee)
    const r = [...six.slice(0, 6).map((p) => mark(p.inviteeId, D1, 'hadir')), mark('inv-7', D2, 'izin')]
    expect(recapSentence(meetingRecap(six, r, [D1, D2]).meeting.total)).toBe('Diundang 7 orang; hadir 6 orang, 1 izin.')
  })

  test('before anything is recorded the sentence says so', () => {
    expect(recapSentence(meetingRecap(people, [mark('inv-1', D1, 'belum')], [D1]).meeting.total)).toBe('Diundang 7 orang; kehadiran belum dicatat.')
  })

  test('two walk-ins of one name on one day are two people; rows of a day not in the meeting are left out', () => {
    const r = meetingRecap(people, [walkIn('Budi', D1), walkIn('Budi', D1), walkIn('Budi', D2), mark('inv-1', '2019-12-07', 'hadir')], [D1, D2])
    expect(r.meeting.total.tidakTerdaftar).toBe(2)
    expect(r.meeting.total.hadir).toBe(0)
  })

  test('a removed invitee’s empty row is not listed; one with a record is, apart and uncounted', () => {
    const roster = attendanceRoster(people.slice(0, 2), [mark('inv-9', D1, 'belum'), mark('inv-8', D1, 'hadir')])
    expect(roster.filter((e) => e.removed).map((e) => e.inviteeId)).toEqual(['inv-8'])
    expect(dayRecap(roster).total.hadir).toBe(0)
  })
})

/**
 * One two-day meeting, counted by the four places that show attendance: the recording screen (day
 * recap and, for several days, the whole meeting), the Daftar Hadir panel's summary, the Notulen and
 * the Kesimpulan (their layouts, as rendered).
 */
describe('the sheet, the recording screen, the Notulen and the Kesimpulan print the same figures', () => {
  const snapshot = sampleSnapshot()
  const meeting: Meeting = { ...rakon, dates: [D2, D1] }
  const invitees: Invitee[] = snapshot.people.slice(0, 8).map((p, i) => ({ id: `inv-${i}`, meetingId: meeting.id, key: `p:${p.id}`, kind: 'person', personId: p.id, order: i + 1, createdAt: meeting.createdAt }))
  const statuses: [AttendanceStatus, AttendanceStatus][] = [
    ['hadir', 'hadir'],
    ['hadir', 'izin'],
    ['diwakili', 'hadir'],
    ['izin', 'belum'],
    ['tidak-hadir', 'izin'],
    ['tidak-hadir', 'belum'],
    ['belum', 'tidak-hadir'],
    ['belum', 'belum']
  ]
  const rows: Attendance[] = [
    ...invitees.flatMap((inv, i) => (statuses[i] ?? []).flatMap((status, d) => (status === 'belum' && d === 1 ? [] : [{ ...mark(inv.id, d ? D2 : D1, status), meetingId: meeting.id }]))),
    { ...walkIn('Ny. Tamu Tanpa Undangan', D2), meetingId: meeting.id }
  ]
  const full = { ...snapshot, meetings: [meeting], invitees, attendance: rows, minutes: [{ ...rakonMinutes, meetingId: meeting.id }], actionItems: [] }
  const lookup = {
    people: new Map(snapshot.people.map((p) => [p.id, p])),
    organisations: new Map(snapshot.organisations.map((o) => [o.id, o])),
    groups: new Map(snapshot.groups.map((g) => [g.id, g]))
  }
  const views = invitees.map((inv, i) => {
    const p = snapshot.people[i]
    if (!p) throw new Error('sample too small')
    return { id: inv.id, key: inv.key, kind: 'person' as const, name: p.name, position: p.position, organisationName: '', addressee: [], order: inv.order }
  })
  const participants = sheetParticipants(views, lookup)

  const day1 = 'Diundang 8 orang; hadir 3 orang (2 hadir sendiri, 1 diwakili), 1 izin, 2 tidak hadir, 2 belum dicatat.'
  const day2 = 'Diundang 8 orang; hadir 2 orang, 2 izin, 1 tidak hadir, 3 belum dicatat; ditambah 1 peserta tidak terdaftar.'
  // inv-0 hadir, inv-1 hadir (d1), inv-2 hadir (d2), inv-3 izin, inv-4 izin, inv-5 tidak hadir, inv-6 tidak hadir, inv-7 belum.
  const whole = 'Diundang 8 orang; hadir 3 orang, 2 izin, 2 tidak hadir, 1 belum dicatat; ditambah 1 peserta tidak terdaftar.'

  test('the recording screen, day by day and for the whole meeting', () => {
    const screenDay = (day: string) => recapSentence(dayRecap(attendanceRoster(orderParticipants(participants, 'nama'), rows.filter((r) => r.day === day))).total)
    expect(screenDay(D1)).toBe(day1)
    expect(screenDay(D2)).toBe(day2)
    expect(recapSentence(meetingRecap(participants, rows, meeting.dates).meeting.total)).toBe(whole)
  })

  test('the Daftar Hadir panel’s summary', () => {
    expect(recapSummaryLines(meetingRecap(orderParticipants(participants, 'kelompok'), rows, meeting.dates))).toEqual([
      `Hari ke-1 (Kamis, 5 Desember 2019): ${day1}`,
      `Hari ke-2 (Jumat, 6 Desember 2019): ${day2}`,
      `Seluruh rapat (2 hari): ${whole}`
    ])
  })

  test('the Notulen and the Kesimpulan, as the documents are made from a data file', () => {
    const docs = meetingDocuments(full, meeting)
    const notulen = docs.find((d) => d.fileName.startsWith('Notulen'))
    const kesimpulan = docs.find((d) => d.fileName.startsWith('Kesimpulan'))
    expect(JSON.stringify(notulen?.layout)).toContain(JSON.stringify(whole).slice(1, -1))
    expect(JSON.stringify(kesimpulan?.layout)).toContain(JSON.stringify(whole).slice(1, -1))
  })

  test('invitee views map to the same roster fields as the sheet’s participants', () => {
    expect(rosterInvitees(views)).toEqual(participants.map((p) => ({ inviteeId: p.inviteeId, name: p.name, position: p.position, organisation: p.organisation })))
  })
})
