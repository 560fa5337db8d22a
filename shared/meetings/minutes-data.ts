import { officePageOptions } from '../documents/builders/page'
import { formatDateLong } from '../calendar'
import { documentFileName } from '../documents/file-names'
import { buildKesimpulan } from '../documents/builders/kesimpulan'
import { buildNotulen, type ActionRow, type MeetingHeader } from '../documents/builders/notulen'
import type { Signer as DocumentSigner } from '../documents/builders/signature'
import type { DocumentLayout } from '../documents/layout'
import { actionStatusLabel, meetingKindLabel, type ActionItem, type Meeting, type Minutes, type OfficeProfile, type Organisation, type Person } from '../model'
import { actionOwnerDetail } from './action-items'
import { recapSentence, type RecapCounts } from './attendance-recap'
import { actingChairOn, officeSigners } from './signer'
import { actingPrefix, stripActingPrefix, withActingPrefix } from '../model'

/**
 * A new meeting's minutes: whoever chairs on the meeting's last day leads (the Ketua, or the acting chair then
 * serving, her title left to Pengaturan so the Pj. is printed from there), the Sekretaris takes the notes.
 */
export function emptyMinutes(
  meetingId: string,
  profile: Pick<OfficeProfile, 'ketuaName' | 'ketuaTitle' | 'sekretarisName' | 'signers'> | undefined,
  now = new Date(),
  meetingDay?: string
): Minutes {
  const sekretaris = profile?.sekretarisName.trim() ?? ''
  const acting = profile && meetingDay ? actingChairOn(profile, meetingDay) : undefined
  return {
    meetingId,
    pimpinan: acting?.name ?? profile?.ketuaName ?? '',
    pimpinanTitle: acting ? '' : (profile?.ketuaTitle ?? ''),
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
 * The pimpinan rapat as a document signer, matched by name against the office's signers (Pengaturan): an
 * acting chair's title carries her Pj./Plt./Plh. once, whatever the minutes' title field says; a signature
 * image goes on only for the person it belongs to (the Ketua's under the Ketua's name, a Pj.'s own under
 * hers, none for a name the office does not know); the office stamp whenever it is chosen.
 */
export function pimpinanSigner(minutes: Minutes, profile: OfficeProfile, meetingDay?: string): DocumentSigner {
  const acting = meetingDay ? actingChairOn(profile, meetingDay) : undefined
  const name = minutes.pimpinan.trim() || acting?.name || profile.ketuaName
  const typedTitle = minutes.pimpinanTitle?.trim() ?? ''
  const stamp = minutes.useStamp !== false && profile.stamp ? { stampImage: profile.stamp } : {}
  const wantsImage = minutes.useSignatureImage !== false
  const candidates = officeSigners(profile).filter((s) => sameName(s.name, name))
  const office = candidates.find((s) => s.id === acting?.id) ?? candidates[0]
  if (office) {
    const title = office.kind === 'an' ? typedTitle || office.title : withActingPrefix(actingPrefix[office.kind], stripActingPrefix(typedTitle) || office.title || profile.ketuaTitle)
    return { title, name, ...(wantsImage && office.signature ? { signatureImage: office.signature } : {}), ...stamp }
  }
  const isKetua = sameName(name, profile.ketuaName)
  return {
    title: typedTitle || (isKetua ? profile.ketuaTitle : ''),
    name,
    ...(isKetua && wantsImage && profile.ketuaSignature ? { signatureImage: profile.ketuaSignature } : {}),
    ...stamp
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

/** The header of the minutes and conclusions; a meeting of kind "Lainnya" prints no "Jenis rapat" line. */
export function meetingHeader(m: Meeting): MeetingHeader {
  return {
    ...(m.kind === 'lainnya' ? {} : { kind: meetingKindLabel[m.kind] }),
    title: m.title,
    dates: m.dates,
    timeStart: m.timeStart,
    ...(m.timeEnd ? { timeEnd: m.timeEnd } : {}),
    zone: m.timeZone,
    place: m.place
  }
}

/** The meeting's last day: the date its minutes and conclusions carry. */
export const meetingLastDay = (m: Pick<Meeting, 'dates'>) => [...m.dates].sort().at(-1) ?? m.dates[0] ?? ''

const pimpinanRole = (s: DocumentSigner) => ({ name: s.name.trim(), ...(s.title.trim() ? { title: s.title.trim() } : {}) })

export function notulenLayout(input: MinutesInput): DocumentLayout {
  const { profile, meeting, minutes } = input
  return buildNotulen({
    office: profile,
    meeting: meetingHeader(meeting),
    pimpinan: minutes.pimpinan.trim()
      ? pimpinanRole(pimpinanSigner(minutes, profile, meetingLastDay(meeting)))
      : { name: '', ...(minutes.pimpinanTitle?.trim() ? { title: minutes.pimpinanTitle.trim() } : {}) },
    notulis: { name: minutes.notulis.trim(), ...(minutes.notulisTitle?.trim() ? { title: minutes.notulisTitle.trim() } : {}) },
    peserta: recapSentence(input.recap),
    acara: meeting.agenda.length > 0 ? meeting.agenda : [meeting.title],
    basis: meeting.basis,
    objectives: meeting.objectives,
    pembukaan: minutes.pembukaan,
    sambutan: minutes.sambutan,
    paparan: minutes.paparan,
    diskusi: minutes.diskusi,
    kesimpulan: minutes.kesimpulan,
    tindakLanjut: minutes.tindakLanjut,
    actions: actionRows(input),
    penutup: minutes.penutup,
    placeName: profile.placeName,
    dateIso: meetingLastDay(meeting),
    page: officePageOptions(profile)
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
    signer: pimpinanSigner(minutes, profile, meetingLastDay(meeting)),
    placeName: profile.placeName,
    dateIso: meetingLastDay(meeting),
    page: officePageOptions(profile)
  })
}

export const notulenFileName = (m: Pick<Meeting, 'title'>) => documentFileName('Notulen', m.title)
// "Kesimpulan Rapat Konsultasi ...", not "Kesimpulan Rapat Rapat Konsultasi ...".
const kesimpulanLabel = (title: string) => (/^rapat\b/i.test(title.trim()) ? 'Kesimpulan' : 'Kesimpulan Rapat')
export const kesimpulanFileName = (m: Pick<Meeting, 'title'>) => documentFileName(kesimpulanLabel(m.title), m.title)
export const signedKesimpulanFileName = (m: Pick<Meeting, 'title'>) => documentFileName(kesimpulanLabel(m.title), m.title, 'bertanda tangan')
