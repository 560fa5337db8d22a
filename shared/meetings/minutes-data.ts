import { formatDateLong } from '../calendar'
import { documentFileName } from '../documents/file-names'
import { buildKesimpulan } from '../documents/builders/kesimpulan'
import { buildNotulen, type ActionRow, type MeetingHeader } from '../documents/builders/notulen'
import type { Signer as DocumentSigner } from '../documents/builders/signature'
import type { DocumentLayout } from '../documents/layout'
import { actionStatusLabel, meetingKindLabel, type ActionItem, type Meeting, type Minutes, type OfficeProfile, type Organisation, type Person } from '../model'
import { actionOwnerDetail } from './action-items'
import { recapSentence, type RecapCounts } from './attendance-recap'

/** A new meeting's minutes: the Ketua leads, the Sekretaris takes the notes, the sections are empty. */
export function emptyMinutes(meetingId: string, profile: Pick<OfficeProfile, 'ketuaName' | 'ketuaTitle' | 'sekretarisName'> | undefined, now = new Date()): Minutes {
  const sekretaris = profile?.sekretarisName.trim() ?? ''
  return {
    meetingId,
    pimpinan: profile?.ketuaName ?? '',
    pimpinanTitle: profile?.ketuaTitle ?? '',
    notulis: sekretaris,
    notulisTitle: sekretaris ? 'Sekretaris' : '',
    pembukaan: [],
    sambutan: [],
    paparan: [],
    diskusi: [],
    kesimpulan: [],
    tindakLanjut: [],
    penutup: [],
    useSignatureImage: true,
    useStamp: true,
    updatedAt: now.toISOString()
  }
}

export interface MinutesInput {
  profile: OfficeProfile
  meeting: Meeting
  minutes: Minutes
  actionItems: readonly ActionItem[]
  organisations: ReadonlyMap<string, Pick<Organisation, 'name'>>
  people: ReadonlyMap<string, Pick<Person, 'name' | 'organisationId'>>
  /** The meeting's attendance, all days folded (meetingRecap(...).meeting.total). */
  recap: RecapCounts
}

const sameName = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID')

/**
 * The pimpinan rapat as a document signer. The Ketua's signature image goes on only when the pimpinan
 * is the Ketua herself (as in shared/meetings/signer.ts); the office stamp whenever it is chosen.
 */
export function pimpinanSigner(minutes: Minutes, profile: OfficeProfile): DocumentSigner {
  const name = minutes.pimpinan.trim() || profile.ketuaName
  const isKetua = sameName(name, profile.ketuaName)
  return {
    title: minutes.pimpinanTitle?.trim() || (isKetua ? profile.ketuaTitle : ''),
    name,
    ...(isKetua && minutes.useSignatureImage !== false && profile.ketuaSignature ? { signatureImage: profile.ketuaSignature } : {}),
    ...(minutes.useStamp !== false && profile.stamp ? { stampImage: profile.stamp } : {})
  }
}

/** The follow-ups as the documents print them: cancelled ones left out. */
export function actionRows(input: Pick<MinutesInput, 'actionItems' | 'organisations' | 'people'>): ActionRow[] {
  return [...input.actionItems]
    .filter((a) => a.status !== 'batal')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((a) => ({
      what: a.what,
      owner: actionOwnerDetail(a, input.organisations, input.people),
      due: a.due ? formatDateLong(a.due) : '',
      status: actionStatusLabel[a.status]
    }))
}

export function meetingHeader(m: Meeting): MeetingHeader {
  return {
    kind: meetingKindLabel[m.kind] === 'Lainnya' ? 'Rapat' : meetingKindLabel[m.kind],
    title: m.title,
    dates: m.dates,
    timeStart: m.timeStart,
    ...(m.timeEnd ? { timeEnd: m.timeEnd } : {}),
    zone: m.timeZone,
    place: m.place
  }
}

const lastDay = (m: Meeting) => [...m.dates].sort().at(-1) ?? m.dates[0] ?? ''

export function notulenLayout(input: MinutesInput): DocumentLayout {
  const { profile, meeting, minutes } = input
  return buildNotulen({
    office: profile,
    meeting: meetingHeader(meeting),
    pimpinan: { name: minutes.pimpinan.trim(), ...(minutes.pimpinanTitle?.trim() ? { title: minutes.pimpinanTitle.trim() } : {}) },
    notulis: { name: minutes.notulis.trim(), ...(minutes.notulisTitle?.trim() ? { title: minutes.notulisTitle.trim() } : {}) },
    peserta: recapSentence(input.recap),
    acara: meeting.agenda.length > 0 ? meeting.agenda : [meeting.title],
    pembukaan: minutes.pembukaan,
    sambutan: minutes.sambutan,
    paparan: minutes.paparan,
    diskusi: minutes.diskusi,
    kesimpulan: minutes.kesimpulan,
    tindakLanjut: minutes.tindakLanjut,
    actions: actionRows(input),
    penutup: minutes.penutup,
    placeName: profile.placeName,
    dateIso: lastDay(meeting),
    page: { paper: profile.paper }
  })
}

export function kesimpulanLayout(input: MinutesInput): DocumentLayout {
  const { profile, meeting, minutes } = input
  return buildKesimpulan({
    office: profile,
    meeting: meetingHeader(meeting),
    peserta: recapSentence(input.recap),
    kesimpulan: minutes.kesimpulan,
    actions: actionRows(input),
    signer: pimpinanSigner(minutes, profile),
    placeName: profile.placeName,
    dateIso: lastDay(meeting),
    page: { paper: profile.paper }
  })
}

export const notulenFileName = (m: Pick<Meeting, 'title'>) => documentFileName('Notulen', m.title)
// "Kesimpulan Rapat Konsultasi ...", not "Kesimpulan Rapat Rapat Konsultasi ...".
const kesimpulanLabel = (title: string) => (/^rapat\b/i.test(title.trim()) ? 'Kesimpulan' : 'Kesimpulan Rapat')
export const kesimpulanFileName = (m: Pick<Meeting, 'title'>) => documentFileName(kesimpulanLabel(m.title), m.title)
export const signedKesimpulanFileName = (m: Pick<Meeting, 'title'>) => documentFileName(kesimpulanLabel(m.title), m.title, 'bertanda tangan')
