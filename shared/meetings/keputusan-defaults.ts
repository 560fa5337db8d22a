import type { ArticleStyle, KeputusanDraft, LegalBasis, LegalBasisKind, Meeting, MeetingRole, OfficeProfile, RoleGroup } from '../model'
import { kindOfBasis } from './legal-basis-kind'
import { actingPrefix, withActingPrefix } from '../model'
import { actingChairOn } from './signer'
import { appointmentPhrase, groupsPhrase } from './keputusan-roles'
import { meetingSubjectCaps } from './meeting-text'
import { inSentence } from '../documents/builders/words'

export const KEPUTUSAN_CLOSING =
  'Keputusan ini mulai berlaku sejak tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat kekeliruan dalam penetapan ini akan diadakan perbaikan sebagaimana mestinya.'

/**
 * The office's name as a sentence writes it: "TIM PENGGERAK PKK PROVINSI SUMATERA BARAT" becomes
 * "Tim Penggerak PKK Provinsi Sumatera Barat"; a name already in mixed case is kept as typed (docs/formats.md "Capitals").
 */
export function officeInText(officeName: string): string {
  return inSentence(officeName)
}

/** "KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT": who issues the decree (the Ketua Umum at the national office). */
export function keputusanIssuer(profile: Pick<OfficeProfile, 'officeName' | 'level'>): string {
  return `${profile.level === 'pusat' ? 'KETUA UMUM' : 'KETUA'} ${profile.officeName.trim().toLocaleUpperCase('id-ID')}`
}

/** The year a legal basis was enacted ("... Nomor 99 Tahun 2017 tentang ..."), or undefined when it names none. */
export function legalBasisYear(text: string): number | undefined {
  const m = /\bTahun\s+(\d{4})\b/i.exec(text)
  return m ? Number(m[1]) : undefined
}

/**
 * Mengingat (or Memperhatikan) for a decree of this date: the library's active entries of that kind in their order,
 * leaving out any enacted after the decree's year (a decree of 2019 cannot cite Permendagri 36 of 2020).
 */
export function defaultMengingat(library: readonly LegalBasis[], decreeDateIso: string, kind: LegalBasisKind = 'mengingat'): string[] {
  const year = Number(decreeDateIso.slice(0, 4))
  return [...library]
    .filter((b) => b.active && kindOfBasis(b) === kind)
    .sort((a, b) => a.order - b.order)
    .filter((b) => (legalBasisYear(b.text) ?? 0) <= year)
    .map((b) => b.text)
}

/** Splits a draft's Mengingat into the library entries it cites (by id) and the lines typed for this decree only. */
export function splitMengingat(mengingat: readonly string[], library: readonly LegalBasis[]): { chosen: Set<string>; own: string[] } {
  const byText = new Map(library.map((b) => [norm(b.text), b.id]))
  const chosen = new Set<string>()
  const own: string[] = []
  for (const line of mengingat) {
    const id = byText.get(norm(line))
    if (id) chosen.add(id)
    else if (line.trim()) own.push(line.trim())
  }
  return { chosen, own }
}

/** Mengingat from the chosen library entries, in the library's order, then the decree's own lines. */
export function composeMengingat(library: readonly LegalBasis[], chosen: ReadonlySet<string>, own: readonly string[]): string[] {
  const fromLibrary = [...library].sort((a, b) => a.order - b.order).filter((b) => chosen.has(b.id)).map((b) => b.text)
  return [...fromLibrary, ...own.map((l) => l.trim()).filter(Boolean)]
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').replace(/[;.,]$/, '').toLocaleLowerCase('id-ID')

const presentGroups = (roles: readonly Pick<MeetingRole, 'group'>[]): RoleGroup[] => [...new Set(roles.map((r) => r.group))]

/** TENTANG: "PANITIA PELAKSANA, NARASUMBER DAN MODERATOR <MEETING TITLE>", in capitals as printed. */
export function defaultSubject(meetingTitle: string, roles: readonly Pick<MeetingRole, 'group'>[]): string {
  return meetingSubjectCaps(`${groupsPhrase(presentGroups(roles))} ${meetingTitle}`)
}

/**
 * The subject as a sentence writes it (Menimbang, the register's Perihal): the generated subject in its
 * mixed case; a subject the secretary rewrote is taken as she wrote it.
 */
export function subjectInText(subject: string, meetingTitle: string, roles: readonly Pick<MeetingRole, 'group'>[]): string {
  const generated = `${groupsPhrase(presentGroups(roles))} ${meetingTitle.trim()}`
  return norm(subject) === norm(generated) ? generated : subject.trim()
}

type MeetingForDecree = Pick<Meeting, 'title' | 'dates' | 'signer'>
type OfficeForDecree = Pick<OfficeProfile, 'officeName' | 'placeName' | 'level' | 'signers'>

const yearOf = (meeting: MeetingForDecree, dateIso: string) => (meeting.dates[0] ?? dateIso).slice(0, 4)

/** Menimbang a., b., c.: why the meeting is held, why it needs people appointed, why by this decree. */
export function defaultMenimbang(meeting: MeetingForDecree, profile: OfficeForDecree, roles: readonly Pick<MeetingRole, 'group'>[], dateIso: string): string[] {
  const office = officeInText(profile.officeName)
  const groups = groupsPhrase(presentGroups(roles))
  const title = meeting.title.trim()
  return [
    `bahwa dalam rangka pelaksanaan program kerja ${office} Tahun ${yearOf(meeting, dateIso)}, perlu diselenggarakan ${title};`,
    `bahwa untuk kelancaran penyelenggaraan kegiatan sebagaimana dimaksud pada huruf a, perlu ${appointmentPhrase(presentGroups(roles), 'passive')} yang mempunyai tugas dan tanggung jawab masing-masing;`,
    `bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a dan huruf b, perlu menetapkan Keputusan ${officeIssuerInText(profile, dateIso)} tentang ${groups} ${title};`
  ]
}

/**
 * "Ketua Tim Penggerak PKK Provinsi Sumatera Barat", as sentences name the issuer; "Pj. Ketua ..." when an acting
 * chair serves on the decree's date (Pengaturan › Penandatangan).
 */
export function officeIssuerInText(profile: Pick<OfficeProfile, 'officeName' | 'level' | 'signers'>, dateIso?: string): string {
  const ketua = `${profile.level === 'pusat' ? 'Ketua Umum' : 'Ketua'} ${officeInText(profile.officeName)}`
  const acting = dateIso ? actingChairOn(profile, dateIso) : undefined
  return acting && acting.kind !== 'an' ? withActingPrefix(actingPrefix[acting.kind], ketua) : ketua
}

/**
 * The articles from KESATU on, before the closing one, generated from who is appointed: the appointment with
 * its lampiran, the committee's task, the speakers' and moderator's task, the costs.
 */
export function defaultArticles(meeting: MeetingForDecree, profile: OfficeForDecree, roles: readonly Pick<MeetingRole, 'group'>[], dateIso: string): string[] {
  const groups = presentGroups(roles)
  const all = groups.length === 0
  const has = (g: RoleGroup) => all || groups.includes(g)
  const title = meeting.title.trim()
  const office = officeInText(profile.officeName)
  const articles = [`${appointmentPhrase(groups, 'active')} ${title} dengan susunan sebagaimana tercantum dalam Lampiran Keputusan ini.`]
  if (has('panitia')) {
    articles.push(
      `Panitia Pelaksana mempunyai tugas mempersiapkan, melaksanakan dan mengevaluasi penyelenggaraan ${title}, serta melaporkan hasilnya kepada ${officeIssuerInText(profile, dateIso)}.`
    )
  }
  const speakers = has('narasumber') ? 'Narasumber bertugas menyampaikan materi sesuai dengan topik yang ditetapkan' : ''
  const moderator = has('moderator') ? 'Moderator bertugas memandu penyampaian materi serta diskusi dan tanya jawab' : ''
  if (speakers || moderator) {
    const joined = speakers && moderator ? `${speakers}, sedangkan ${moderator.charAt(0).toLowerCase()}${moderator.slice(1)}` : speakers || moderator
    articles.push(`${joined} dalam ${title}.`)
  }
  articles.push(
    `Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada anggaran ${office} Tahun ${yearOf(meeting, dateIso)}.`
  )
  return articles
}

/** The decree a meeting starts from; every text stays editable until the number is issued. */
export function defaultKeputusanDraft(input: {
  meeting: MeetingForDecree
  profile: OfficeForDecree
  roles: readonly Pick<MeetingRole, 'group'>[]
  legalBases: readonly LegalBasis[]
  dateIso: string
  articleStyle?: ArticleStyle
}): KeputusanDraft {
  const { meeting, profile, roles, legalBases, dateIso } = input
  return {
    date: dateIso,
    place: profile.placeName,
    subject: defaultSubject(meeting.title, roles),
    menimbang: defaultMenimbang(meeting, profile, roles, dateIso),
    mengingat: defaultMengingat(legalBases, dateIso, 'mengingat'),
    memperhatikan: defaultMengingat(legalBases, dateIso, 'memperhatikan'),
    articleStyle: input.articleStyle ?? 'KESATU',
    articles: defaultArticles(meeting, profile, roles, dateIso),
    closing: KEPUTUSAN_CLOSING,
    kop: true,
    code: 'KEP',
    signer: meeting.signer
  }
}

/**
 * The subject is still a generated one, but for other groups than the meeting now has (a speaker added after
 * the draft was made): the form offers the current wording. A subject the secretary rewrote is left alone.
 */
export function subjectBehindRoles(subject: string, meetingTitle: string, roles: readonly Pick<MeetingRole, 'group'>[]): boolean {
  const current = defaultSubject(meetingTitle, roles)
  if (norm(subject) === norm(current)) return false
  const combos: RoleGroup[][] = [['panitia'], ['narasumber'], ['moderator'], ['panitia', 'narasumber'], ['panitia', 'moderator'], ['narasumber', 'moderator'], []]
  return combos.some((groups) => norm(subject) === norm(defaultSubject(meetingTitle, groups.map((group) => ({ group })))))
}
