import type { Snapshot } from '../../shared/datafile'
import { defaultUndanganDraft } from '../../shared/meetings'
import { ketuaSigner, type Attendance, type AttendanceStatus, type Invitee, type Letter, type Meeting, type MeetingDocument, type MeetingKind } from '../../shared/model'
import { generateOffice, prng, TEN_YEARS, type OfficeSize } from '../../test/fixtures/ten-year-office'

export interface MeetingsSize {
  meetings: number
  /** Attendance rows in all; every meeting has one day and a row per invitee, so this is also the invitee count. */
  attendance: number
}

export const TEN_YEARS_OF_MEETINGS: MeetingsSize = { meetings: 600, attendance: 40_000 }

export interface BigOffice {
  snapshot: Snapshot
  /** The meeting opened by the bench: exactly 65 invitees, its invitation numbered. */
  meeting65: { id: string; title: string; invitees: number }
  /** Letters per year, for the register's expected row count. */
  lettersPerYear: Map<number, number>
  firstYear: number
  lastYear: number
}

const KINDS: readonly MeetingKind[] = ['rapat-koordinasi', 'rapat-koordinasi', 'rapat-konsultasi', 'rakornas', 'lainnya']
const TOPICS = [
  'Persiapan Lomba Gerakan PKK',
  'Evaluasi 10 Program Pokok PKK',
  'Pembinaan Pokja I',
  'Pembinaan Pokja II',
  'Pembinaan Pokja III',
  'Pembinaan Pokja IV',
  'Hari Kesatuan Gerak PKK',
  'Penyusunan Program Kerja',
  'Sinergi dengan OPD Terkait'
]
const STATUSES: readonly [AttendanceStatus, number][] = [
  ['hadir', 0.75],
  ['diwakili', 0.1],
  ['izin', 0.08],
  ['tidak-hadir', 0.07]
]

/**
 * A decade of meetings on top of test/fixtures' ten-year office: 600 meetings with their invitees,
 * one attendance row per invitee (40,000 in all), and the invitation of each meeting numbered
 * from the register. Deterministic, and quick (well under a second for the full size).
 */
export function generateBigOffice(size: OfficeSize = TEN_YEARS, meetings: MeetingsSize = TEN_YEARS_OF_MEETINGS, seed = 2019): BigOffice {
  const s = generateOffice(size, seed)
  const rnd = prng(seed + 1)
  const firstYear = Math.min(...s.letters.map((l) => l.year))
  const lastYear = Math.max(...s.letters.map((l) => l.year))
  const years = lastYear - firstYear + 1
  // Invitations go on the register's active SKR letters of the meeting's year, in order.
  const skrByYear = new Map<number, Letter[]>()
  for (const l of s.letters) {
    if (l.code !== 'SKR' || l.status !== 'aktif' || l.insert > 0) continue
    const list = skrByYear.get(l.year) ?? []
    list.push(l)
    skrByYear.set(l.year, list)
  }
  // The last meeting gets exactly 65 invitees; the rest share what is left as evenly as possible.
  const target = meetings.meetings - 1
  const rest = meetings.attendance - 65
  const base = Math.floor(rest / (meetings.meetings - 1))
  const extra = rest - base * (meetings.meetings - 1)
  const perYear = Math.ceil(meetings.meetings / years)
  let meeting65: BigOffice['meeting65'] | undefined

  for (let i = 0; i < meetings.meetings; i++) {
    const year = firstYear + Math.min(years - 1, Math.floor(i / perYear))
    const within = i % perYear
    const dayOfYear = Math.min(358, Math.floor(((within + 0.5) / perYear) * 360))
    const date = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10)
    const isTarget = i === target
    const kind: MeetingKind = isTarget ? 'rapat-konsultasi' : (KINDS[i % KINDS.length] as MeetingKind)
    const topic = TOPICS[i % TOPICS.length] as string
    const title = isTarget
      ? `Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun ${year}`
      : `${kind === 'rakornas' ? 'Rakornas' : kind === 'rapat-konsultasi' ? 'Rapat Konsultasi' : 'Rapat Koordinasi'} ${topic} Tahun ${year}`
    const stamp = `${date}T02:00:00.000Z`
    const meeting: Meeting = {
      id: `mtg-${year}-${String(within).padStart(3, '0')}`,
      title,
      kind,
      dates: [date],
      timeStart: '09:00',
      timeEnd: i % 3 === 0 ? '12:00' : '',
      timeZone: 'WIB',
      place: 'Aula Kantor Tim Penggerak PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang',
      agenda: ['Pembukaan', `Paparan ${topic}`, 'Diskusi dan tanya jawab', 'Kesimpulan dan penutup'],
      basis: [`Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun ${year}`],
      objectives: [`Menyamakan persepsi tentang ${topic.toLowerCase()}`],
      signer: ketuaSigner,
      notes: '',
      createdAt: stamp,
      updatedAt: stamp
    }
    s.meetings.push(meeting)

    const count = isTarget ? 65 : base + (i < extra ? 1 : 0)
    const start = Math.floor(rnd() * size.people)
    for (let j = 0; j < count; j++) {
      // A few organisations addressed to their heads, the rest people.
      const isOrg = j < 3
      const targetId = isOrg ? `org-${(start + j) % size.organisations}` : `per-${(start + j) % size.people}`
      const invitee: Invitee = {
        id: `inv-${meeting.id}-${j}`,
        meetingId: meeting.id,
        key: `${isOrg ? 'o' : 'p'}:${targetId}`,
        kind: isOrg ? 'organisation' : 'person',
        ...(isOrg ? { organisationId: targetId } : { personId: targetId }),
        order: j + 1,
        createdAt: stamp
      }
      s.invitees.push(invitee)
      const status = pickStatus(rnd())
      const row: Attendance = {
        id: `att-${meeting.id}-${j}`,
        meetingId: meeting.id,
        day: date,
        inviteeId: invitee.id,
        name: '',
        position: '',
        organisation: '',
        status,
        delegateName: status === 'diwakili' ? `Staf Nomor ${j}` : '',
        delegatePosition: status === 'diwakili' ? 'Kepala Seksi' : '',
        note: status === 'izin' ? 'Tugas luar daerah' : '',
        order: j + 1,
        updatedAt: stamp
      }
      s.attendance.push(row)
    }

    const draft = defaultUndanganDraft(meeting, date, count)
    const letter = skrByYear.get(year)?.shift()
    const doc: MeetingDocument = { id: `doc-${meeting.id}-undangan`, meetingId: meeting.id, kind: 'undangan', undangan: draft, createdAt: stamp, updatedAt: stamp }
    if (letter) {
      letter.meetingId = meeting.id
      letter.documentKind = 'undangan'
      letter.perihal = `Undangan ${title}`.slice(0, 1000)
      letter.kepada = `${count} undangan (daftar terlampir)`
      doc.letterId = letter.id
    }
    s.documents.push(doc)
    if (isTarget) meeting65 = { id: meeting.id, title, invitees: count }
  }

  const lettersPerYear = new Map<number, number>()
  for (const l of s.letters) lettersPerYear.set(l.year, (lettersPerYear.get(l.year) ?? 0) + 1)
  if (!meeting65) throw new Error('Rapat 65 undangan tidak terbentuk')
  return { snapshot: s, meeting65, lettersPerYear, firstYear, lastYear }
}

function pickStatus(x: number): AttendanceStatus {
  let acc = 0
  for (const [status, p] of STATUSES) {
    acc += p
    if (x < acc) return status
  }
  return 'hadir'
}
