import type { Attendance, Delivery, Letter, Meeting, MeetingDocument, MeetingRole, Minutes, OfficeProfile } from '../model'
import { documentChangeKey, keputusanKind, undanganKind, type NumberedKind } from './document-kinds'
import type { InviteeView } from './invitees'
import { sentCount, sentText } from './sending-status'

/** The meeting page's steps, in the order the secretary works through them. */
export const meetingSteps = ['data', 'undangan', 'keputusan', 'daftar-hadir', 'notulen', 'laporan'] as const
export type MeetingStep = (typeof meetingSteps)[number]

export const meetingStepLabel: Readonly<Record<MeetingStep, string>> = {
  data: 'Data rapat',
  undangan: 'Undangan',
  keputusan: 'Keputusan',
  'daftar-hadir': 'Daftar hadir',
  notulen: 'Notulen dan Kesimpulan',
  laporan: 'Laporan kegiatan'
}

/**
 * The step of a meeting's page that holds a document of the given kind (a letter's documentKind in the
 * register): the Undangan's step for an invitation, Notulen dan Kesimpulan for both of those; a letter
 * of no known kind opens the first step.
 */
export function meetingStepOfDocument(kind: string): MeetingStep {
  switch (kind) {
    case 'undangan':
      return 'undangan'
    case 'keputusan':
      return 'keputusan'
    case 'daftar-hadir':
      return 'daftar-hadir'
    case 'notulen':
    case 'kesimpulan':
      return 'notulen'
    default:
      return 'data'
  }
}

/** The step named in the page's address ("#/rapat/<id>/langkah/<step>"); anything else is the first step. */
export function meetingStepOf(param: string | undefined): MeetingStep {
  return (meetingSteps as readonly string[]).includes(param ?? '') ? (param as MeetingStep) : 'data'
}

/**
 * Where a step stands. belum: nothing made yet; draf: wording saved, no number; terbit: numbered and
 * printing what the meeting's data says; perlu-koreksi: numbered, and the meeting's data it printed has
 * changed since (the frozen copy's change key no longer matches); siap: nothing to write, ready to print;
 * selesai: the step's work is recorded (attendance marked, conclusions written).
 */
export type StepStateKind = 'belum' | 'draf' | 'terbit' | 'perlu-koreksi' | 'siap' | 'selesai'
export interface StepState {
  kind: StepStateKind
  /** The letter's number, for terbit and perlu-koreksi. */
  number?: string
  /** The state in a few words, after the step's name: "terbit nomor 296/SKR/PKK-PROP/XII/2019". */
  text: string
}

/** What the states are worked out from: one meeting and what belongs to it. */
export interface MeetingStepSources {
  meeting: Meeting
  /** The office profile; without it no change key is compared (nothing can be issued without one). */
  profile: OfficeProfile | null
  invitees: readonly InviteeView[]
  roles: readonly MeetingRole[]
  documents: readonly MeetingDocument[]
  /** The letters the documents carry (other letters are ignored). */
  letters: readonly Pick<Letter, 'id' | 'number' | 'status'>[]
  attendance: readonly Pick<Attendance, 'status'>[]
  minutes: Pick<Minutes, 'kesimpulan'> | null
  /** Invitations sent (the sending list); the Undangan step counts them once its number is issued. */
  deliveries?: readonly Pick<Delivery, 'inviteeId' | 'letterId'>[]
}

export type MeetingStepStates = Readonly<Record<MeetingStep, StepState>>

function numberedState<D>(def: NumberedKind<D>, src: MeetingStepSources): StepState {
  const doc = src.documents.find((d) => d.kind === def.kind)
  const draft = doc ? def.draftOf(doc) : undefined
  if (!doc || draft === undefined) return { kind: 'belum', text: 'belum dibuat' }
  const letter = doc.letterId ? src.letters.find((l) => l.id === doc.letterId) : undefined
  // A number cancelled in the register leaves the wording as a draft to issue again.
  if (!letter || letter.status !== 'aktif') return { kind: 'draf', text: 'draf' }
  const frozen = doc.frozen?.letterId === letter.id ? doc.frozen : undefined
  // The same comparison as the document's card: what it would print now against what it printed at issue.
  if (frozen && src.profile) {
    const live = documentChangeKey(def, { profile: src.profile, meeting: src.meeting, invitees: src.invitees, roles: src.roles }, draft)
    if (live !== frozen.changeKey) return { kind: 'perlu-koreksi', number: letter.number, text: `perlu koreksi (nomor ${letter.number})` }
  }
  return { kind: 'terbit', number: letter.number, text: `terbit nomor ${letter.number}` }
}

/** An issued invitation sent to some invitees: "terbit nomor 296/…, terkirim 52 dari 65". */
function withSent(state: StepState, src: MeetingStepSources): StepState {
  if ((state.kind !== 'terbit' && state.kind !== 'perlu-koreksi') || !src.deliveries?.length) return state
  const doc = src.documents.find((d) => d.kind === 'undangan')
  const count = sentCount(src.invitees.map((i) => i.id), src.deliveries, doc?.letterId)
  return count.sent === 0 ? state : { ...state, text: `${state.text}, ${sentText(count)}` }
}

/** Every step's state of one meeting: shown in the step bar, the meeting's header and the meeting list. */
export function meetingStepStates(src: MeetingStepSources): MeetingStepStates {
  const invited = src.invitees.length
  const marked = src.attendance.filter((a) => a.status !== 'belum').length
  const conclusions = src.minutes?.kesimpulan.filter((k) => k.trim() !== '').length ?? 0
  return {
    data: invited > 0 ? { kind: 'siap', text: `${invited} diundang` } : { kind: 'belum', text: 'belum ada undangan' },
    undangan: withSent(numberedState(undanganKind, src), src),
    keputusan: numberedState(keputusanKind, src),
    'daftar-hadir':
      marked > 0
        ? { kind: 'selesai', text: 'kehadiran dicatat' }
        : invited > 0
          ? { kind: 'siap', text: 'siap dicetak' }
          : { kind: 'belum', text: 'belum ada peserta' },
    notulen: !src.minutes
      ? { kind: 'belum', text: 'belum dibuat' }
      : conclusions > 0
        ? { kind: 'selesai', text: `${conclusions} kesimpulan` }
        : { kind: 'draf', text: 'draf, belum ada kesimpulan' },
    // The Laporan Kegiatan gathers the other documents: it can be put together once the minutes are written.
    laporan: src.minutes ? { kind: 'siap', text: 'siap disusun' } : { kind: 'belum', text: 'menunggu notulen' }
  }
}

/** Short names of the document steps for the one-line summary. */
const summaryName: Readonly<Record<Exclude<MeetingStep, 'data' | 'laporan'>, string>> = {
  undangan: 'Undangan',
  keputusan: 'Keputusan',
  'daftar-hadir': 'Daftar hadir',
  notulen: 'Notulen'
}

/** Each document's state in a few words: "Undangan terbit nomor 296/…", "Keputusan draf", ... with its kind. */
export function meetingStepSummaryParts(states: MeetingStepStates): { step: MeetingStep; kind: StepStateKind; text: string }[] {
  return (Object.keys(summaryName) as (keyof typeof summaryName)[]).map((s) => ({ step: s, kind: states[s].kind, text: `${summaryName[s]} ${states[s].text}` }))
}

/** The documents' states in one line: "Undangan terbit nomor 296/… · Keputusan draf · Daftar hadir siap dicetak · Notulen belum dibuat". */
export function meetingStepSummary(states: MeetingStepStates): string {
  return meetingStepSummaryParts(states)
    .map((p) => p.text)
    .join(' · ')
}

/** The steps whose numbered document needs a correction (the meeting's data changed after issue). */
export function stepsNeedingCorrection(states: MeetingStepStates): MeetingStep[] {
  return meetingSteps.filter((s) => states[s].kind === 'perlu-koreksi')
}
