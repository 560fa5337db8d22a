import { officePageOptions } from '../documents/builders/page'
import { buildKeputusan, type KeputusanData, type LampiranGroup } from '../documents/builders/keputusan'
import { documentFileName } from '../documents/file-names'
import type { DocumentLayout } from '../documents/layout'
import { roleGroupLabel, type KeputusanDraft, type Meeting, type MeetingRole, type OfficeProfile, type RoleGroup } from '../model'
import { keputusanIssuer, subjectInText } from './keputusan-defaults'
import { rolesOf } from './keputusan-roles'
import { decreeBases } from './legal-basis-kind'
import { documentSigner, resolveSigner } from './signer'
import { withActingPrefix } from '../model'
import { UNNUMBERED } from './undangan-data'

export interface KeputusanInput {
  profile: OfficeProfile
  meeting: Pick<Meeting, 'title'>
  draft: KeputusanDraft
  roles: readonly MeetingRole[]
  /** The issued number, or undefined for a preview before issuing. */
  number: string | undefined
}

const roleColumn: Record<RoleGroup, string | undefined> = { panitia: 'Jabatan dalam Panitia', narasumber: 'Materi', moderator: undefined }

/** Tata naskah: each item of Menimbang and Mengingat ends with a semicolon. */
export function withSemicolon(text: string): string {
  const t = text.trim()
  return /[;.:,]$/.test(t) ? t.replace(/[.,]$/, ';') : `${t};`
}

/** Full stop at the end of an article, unless the secretary ended it otherwise. */
const withStop = (text: string) => {
  const t = text.trim()
  return /[.;:!?]$/.test(t) ? t : `${t}.`
}

const nonEmpty = (items: readonly string[]) => items.map((t) => t.trim()).filter(Boolean)

/** The lampiran's tables, one per group that has anyone in it, in the secretary's order. */
export function lampiranGroups(roles: readonly MeetingRole[]): LampiranGroup[] {
  return (['panitia', 'narasumber', 'moderator'] as const)
    .map((group): LampiranGroup => {
      const column = roleColumn[group]
      return {
        heading: roleGroupLabel[group],
        ...(column ? { roleColumn: column } : {}),
        members: rolesOf(roles, group).map((r) => ({
          name: r.name,
          ...(column ? { role: group === 'panitia' ? r.roleTitle : r.topic } : {}),
          position: r.position
        }))
      }
    })
    .filter((g) => g.members.length > 0)
}

/** The chair an a.n. signer signs for, as the decree names her: Pj./Plt./Plh. kept from "Pj. Ketua <office>". */
function chairIssuer(onBehalfOf: string | undefined, chair: string): string {
  const m = /^(Pj\.|Plt\.|Plh\.)\s/.exec(onBehalfOf ?? '')
  return m ? withActingPrefix(m[1] as 'Pj.' | 'Plt.' | 'Plh.', chair) : chair
}

/** The decree's data for the document engine. */
export function keputusanData(input: KeputusanInput): KeputusanData {
  const { profile, draft, roles } = input
  const resolved = resolveSigner(profile, draft.signer, draft.date)
  const base = resolved?.block ?? documentSigner(profile, draft.signer, draft.date)
  // The decree is the chair's: KEPUTUSAN KETUA ..., or KEPUTUSAN PJ. KETUA ... when an acting chair decides or is signed for.
  const chair = keputusanIssuer(profile)
  const issuer = (resolved?.acting ? withActingPrefix(resolved.acting, chair) : resolved?.kind === 'an' ? chairIssuer(base.onBehalfOf, chair) : chair).toLocaleUpperCase('id-ID')
  // Decrees print the signer's title in capitals, the office written out: KETUA TIM PENGGERAK PKK PROVINSI ...
  const signer = {
    ...base,
    title: (resolved?.kind === 'an' ? base.title : issuer).toLocaleUpperCase('id-ID'),
    ...(base.onBehalfOf ? { onBehalfOf: issuer } : {})
  }
  const groups = lampiranGroups(roles)
  const bases = decreeBases(draft)
  return {
    office: profile,
    kop: draft.kop,
    issuer,
    number: input.number ?? UNNUMBERED,
    dateIso: draft.date,
    subject: draft.subject,
    menimbang: nonEmpty(draft.menimbang).map(withSemicolon),
    mengingat: nonEmpty(bases.mengingat).map(withSemicolon),
    memperhatikan: nonEmpty(bases.memperhatikan).map(withSemicolon),
    articles: [...nonEmpty(draft.articles), draft.closing].map(withStop),
    firstArticle: draft.articleStyle,
    place: draft.place,
    signer,
    ...(groups.length > 0 ? { lampiran: { title: `SUSUNAN ${draft.subject}`, groups } } : {}),
    page: officePageOptions(profile)
  }
}

export function keputusanLayout(input: KeputusanInput): DocumentLayout {
  return buildKeputusan(keputusanData(input))
}

/** "Keputusan 22-KEP-PKK-PROP-XII-2019", or "Draf Keputusan <meeting>" before the number is issued. */
export function keputusanFileName(meetingTitle: string, number: string | undefined): string {
  return documentFileName(number ? 'Keputusan' : 'Draf Keputusan', number ?? meetingTitle)
}

/** What the register records for a decree: Kepada the people it appoints, Perihal "Keputusan tentang ...". */
export function keputusanRegisterEntry(
  meeting: Pick<Meeting, 'title'>,
  draft: Pick<KeputusanDraft, 'code' | 'date' | 'subject'>,
  roles: readonly Pick<MeetingRole, 'group'>[]
) {
  return {
    code: draft.code,
    date: draft.date,
    kepada: roles.length > 0 ? 'Yang namanya tercantum dalam lampiran' : '',
    perihal: `Keputusan tentang ${subjectInText(draft.subject, meeting.title, roles)}`.slice(0, 1000),
    lampiran: roles.length > 0 ? '1 (satu) berkas' : '',
    // The decree prints no tembusan; the register says what was sent when the office adds it there.
    tembusan: ''
  }
}

/** What stops a decree from being issued (errors) or should be looked at first (warnings). */
export function keputusanProblems(roles: readonly MeetingRole[]): { errors: string[]; warnings: string[] } {
  const errors: string[] = []
  const warnings: string[] = []
  if (roles.length === 0) errors.push('Belum ada panitia, narasumber atau moderator: isi dulu susunannya.')
  for (const r of rolesOf(roles, 'narasumber')) if (!r.topic.trim()) warnings.push(`Materi ${r.name} belum diisi.`)
  for (const r of roles) if (!r.position.trim()) warnings.push(`Jabatan/Instansi ${r.name} belum diisi.`)
  return { errors, warnings }
}
