import type { z } from 'zod'
import { documentFileName } from '../documents/file-names'
import type { DocumentLayout } from '../documents/layout'
import { keputusanDraft, undanganDraft, type DocumentKind, type FrozenCopy, type KeputusanDraft, type Letter, type MeetingDocument, type UndanganDraft } from '../model'
import { daftarHadirFileName, daftarHadirMaker } from './attendance-maker'
import { changeKey } from './change-key'
import { keputusanFileName, keputusanLayout, keputusanProblems, keputusanRegisterEntry } from './keputusan-data'
import { rolesOf } from './keputusan-roles'
import { meetingContext, type DocumentSources, type MeetingContext, type RenderableDocument } from './meeting-context'
import { kesimpulanMaker, notulenMaker } from './minutes-makers'
import { ekspedisiMaker } from './ekspedisi-data'
import { undanganLayout, undanganOpening, undanganRegisterEntry } from './undangan-data'
import { pinSigner, signerProblem } from './signer'
import { freezeLayout, thawLayout } from '../documents/frozen-layout'
import type { Snapshot } from '../datafile/format'
import type { Meeting } from '../model'

/** What the register records for a numbered document, derived from its definition (never passed in from a view). */
export interface RegisterEntry {
  code: string
  date: string
  kepada: string
  perihal: string
  lampiran: string
  tembusan: string
}

/**
 * One numbered document kind: its draft, its register entry, its layout, its file name, what stops it
 * from being issued and what of the meeting's data it prints. The meeting page, the data layer's
 * commands, `npm run render`, the demo and the tests all read these definitions.
 */
export interface NumberedKind<D> {
  kind: 'undangan' | 'keputusan'
  label: string
  /** The code a new draft shows and issues with (docs/formats.md "Letter numbers": SKR for letters, KEP for decrees). */
  defaultCode: string
  signable: true
  draftSchema: z.ZodType<D>
  draftOf(doc: MeetingDocument): D | undefined
  withDraft(draft: D): Pick<MeetingDocument, 'undangan'> | Pick<MeetingDocument, 'keputusan'>
  registerEntry(src: DocumentSources, draft: D): RegisterEntry
  layout(src: DocumentSources, draft: D, number: string | undefined, options?: LayoutOptions): DocumentLayout
  fileName(meetingTitle: string, number: string | undefined): string
  /** Reasons the number cannot be issued yet (Indonesian, one sentence each); empty when it can. The signer's is among them. */
  problems(src: DocumentSources, draft: D): string[]
  /** Nobody named to sign, or someone who does not serve on the document's date (shown at the signer field). */
  signerProblem(src: DocumentSources, draft: D): string | null
  /** The draft as issued: "whoever serves on the date" written down as the signer who does (the choice is kept). */
  pinned(src: DocumentSources, draft: D): D
  /** What the document prints of the meeting's own data, for the change key; office settings are left out. */
  printed(src: DocumentSources, draft: D): unknown
}

/** How a layout is made besides its data. */
export interface LayoutOptions {
  /**
   * As the app printed it before invitations carried personal codes: for the copy of a letter issued
   * back then, made only now (freezeIssuedDocuments), which must print as it did.
   */
  withoutPersonalCodes?: boolean
}

const nonNull = (x: string | null): string[] => (x === null ? [] : [x])

const meetingPrinted = (m: Meeting) => ({
  title: m.title.trim(),
  dates: [...m.dates].sort(),
  timeStart: m.timeStart,
  timeEnd: m.timeEnd,
  timeZone: m.timeZone,
  place: m.place.trim(),
  agenda: m.agenda.map((a) => a.trim()).filter(Boolean)
})

export const undanganKind: NumberedKind<UndanganDraft> = {
  kind: 'undangan',
  label: 'Surat Undangan',
  defaultCode: 'SKR',
  signable: true,
  draftSchema: undanganDraft,
  draftOf: (doc) => doc.undangan,
  withDraft: (undangan) => ({ undangan }),
  registerEntry: (src, draft) => undanganRegisterEntry({ profile: src.profile, meeting: src.meeting, draft, invitees: src.invitees }),
  layout: (src, draft, number, options) =>
    undanganLayout({ profile: src.profile, meeting: src.meeting, draft, invitees: src.invitees, number, withoutPersonalCodes: options?.withoutPersonalCodes }),
  fileName: (title, number) => documentFileName(number ? 'Undangan' : 'Draf Undangan', number ?? title),
  problems: (src, draft) => [
    ...(src.invitees.length === 0 ? ['Pilih dulu siapa yang diundang (bagian “Diundang”).'] : []),
    ...nonNull(signerProblem(src.profile, draft.signer, draft.date))
  ],
  signerProblem: (src, draft) => signerProblem(src.profile, draft.signer, draft.date),
  pinned: (src, draft) => ({ ...draft, signer: pinSigner(src.profile, draft.signer, draft.date) }),
  printed: (src, draft) => {
    // The dasar and tujuan count only when the opening prints them: keys of letters without them stay as they were.
    const opening = undanganOpening(src.profile, src.meeting, draft)
    return {
      draft,
      meeting: meetingPrinted(src.meeting),
      opening: opening === draft.opening ? undefined : opening,
      invitees: src.invitees.map((i) => ({ name: i.name, position: i.position, organisation: i.organisationName, addressee: i.addressee }))
    }
  }
}

export const keputusanKind: NumberedKind<KeputusanDraft> = {
  kind: 'keputusan',
  label: 'Keputusan Ketua',
  defaultCode: 'KEP',
  signable: true,
  draftSchema: keputusanDraft,
  draftOf: (doc) => doc.keputusan,
  withDraft: (keputusan) => ({ keputusan }),
  registerEntry: (src, draft) => keputusanRegisterEntry(src.meeting, draft, src.roles),
  layout: (src, draft, number) => keputusanLayout({ profile: src.profile, meeting: src.meeting, draft, roles: src.roles, number }),
  fileName: keputusanFileName,
  problems: (src, draft) => [...keputusanProblems([...src.roles]).errors, ...nonNull(signerProblem(src.profile, draft.signer, draft.date))],
  signerProblem: (src, draft) => signerProblem(src.profile, draft.signer, draft.date),
  pinned: (src, draft) => ({ ...draft, signer: pinSigner(src.profile, draft.signer, draft.date) }),
  printed: (src, draft) => {
    // rolesAtIssue is bookkeeping of older versions, not printed.
    const { rolesAtIssue: _old, ...printedDraft } = draft
    return {
      draft: printedDraft,
      title: src.meeting.title.trim(),
      roles: (['panitia', 'narasumber', 'moderator'] as const).flatMap((g) =>
        rolesOf(src.roles, g).map((r) => [g, r.roleTitle.trim(), r.name.trim(), r.position.trim(), r.topic.trim()])
      )
    }
  }
}

export type AnyNumberedKind = NumberedKind<UndanganDraft> | NumberedKind<KeputusanDraft>
export const numberedKinds = { undangan: undanganKind, keputusan: keputusanKind } as const
export type NumberedDocumentKind = keyof typeof numberedKinds

export const isNumberedKind = (kind: DocumentKind): kind is NumberedDocumentKind => kind in numberedKinds

/** The change key of a numbered document as it would print now. */
export function documentChangeKey<D>(def: NumberedKind<D>, src: DocumentSources, draft: D): string {
  return changeKey(def.printed(src, draft))
}

/** What the document prints under the letter's number, fixed: the layout as JSON, its file name and the change key. */
export function frozenCopyOf<D>(
  def: NumberedKind<D>,
  src: DocumentSources,
  draft: D,
  letter: Pick<Letter, 'id' | 'number'>,
  at: string,
  options?: LayoutOptions
): FrozenCopy {
  return {
    letterId: letter.id,
    number: letter.number,
    frozenAt: at,
    changeKey: documentChangeKey(def, src, draft),
    fileName: def.fileName(src.meeting.title, letter.number),
    layout: freezeLayout(def.layout(src, draft, letter.number, options))
  }
}

/**
 * Issued documents written before frozen copies existed get one, made from the data as it is now (the
 * best that is known of what was printed); documents with a copy are left as they are. Run when an older
 * database is upgraded and when a data file is read, so every issued document prints from a frozen copy.
 */
export function freezeIssuedDocuments(snapshot: Snapshot): Snapshot {
  const letters = new Map(snapshot.letters.map((l) => [l.id, l]))
  const meetings = new Map(snapshot.meetings.map((m) => [m.id, m]))
  let changed = false
  const documents = snapshot.documents.map((doc) => {
    const letter = doc.letterId ? letters.get(doc.letterId) : undefined
    const meeting = meetings.get(doc.meetingId)
    if (doc.frozen || !letter || letter.status !== 'aktif' || !meeting || !isNumberedKind(doc.kind)) return doc
    const src = snapshotSources(meetingContext(snapshot, meeting))
    if (!src) return doc
    const frozen = doc.kind === 'undangan' ? freezeWith(undanganKind, doc, src, letter) : freezeWith(keputusanKind, doc, src, letter)
    if (!frozen) return doc
    changed = true
    return { ...doc, frozen }
  })
  return changed ? { ...snapshot, documents } : snapshot
}

function freezeWith<D>(def: NumberedKind<D>, doc: MeetingDocument, src: DocumentSources, letter: Letter): FrozenCopy | undefined {
  const draft = def.draftOf(doc)
  // Issued before frozen copies, so before personal codes: the copy prints none.
  return draft === undefined ? undefined : frozenCopyOf(def, src, draft, letter, letter.updatedAt, { withoutPersonalCodes: true })
}

/** Every document kind: label, whether it takes a number and a signature. */
export const documentKindInfo: Readonly<Record<DocumentKind, { label: string; numbered: boolean; signable: boolean }>> = {
  undangan: { label: undanganKind.label, numbered: true, signable: true },
  keputusan: { label: keputusanKind.label, numbered: true, signable: true },
  'daftar-hadir': { label: 'Daftar Hadir', numbered: false, signable: true },
  notulen: { label: 'Notulen', numbered: false, signable: true },
  kesimpulan: { label: 'Kesimpulan Rapat', numbered: false, signable: true }
}

export { daftarHadirFileName }

/** The sources of a numbered document from a snapshot (CLI, demo, tests), or undefined without a profile. */
export function snapshotSources(ctx: MeetingContext): DocumentSources | undefined {
  const profile = ctx.snapshot.profile[0]
  if (!profile) return undefined
  return { profile, meeting: ctx.meeting, invitees: ctx.invitees, roles: ctx.snapshot.roles.filter((r) => r.meetingId === ctx.meeting.id) }
}

/**
 * A numbered document as it prints: the frozen copy once issued (never live data), the live draft
 * before. A document issued by a version that kept no copy prints from live data.
 */
function numberedMaker<D>(def: NumberedKind<D>) {
  return (ctx: MeetingContext): RenderableDocument[] => {
    const doc = ctx.documents.find((d) => d.kind === def.kind)
    const draft = doc ? def.draftOf(doc) : undefined
    const src = snapshotSources(ctx)
    if (!doc || draft === undefined || !src) return []
    const number = ctx.numberOf(doc)
    if (number && doc.frozen && doc.frozen.letterId === doc.letterId) return [{ fileName: doc.frozen.fileName, layout: thawLayout(doc.frozen.layout) }]
    return [{ fileName: def.fileName(ctx.meeting.title, number), layout: def.layout(src, draft, number) }]
  }
}

/** The Undangan and the Keputusan as they print (the frozen copy once issued); the Laporan Kegiatan takes them too. */
export const undanganMaker = numberedMaker(undanganKind)
export const keputusanMaker = numberedMaker(keputusanKind)

/** Every document kind the headless renderer and the demo produce, in the meeting's order. */
export const documentMakers: readonly ((ctx: MeetingContext) => RenderableDocument[])[] = [
  undanganMaker,
  keputusanMaker,
  notulenMaker,
  kesimpulanMaker,
  daftarHadirMaker,
  ekspedisiMaker
]

/** All documents of one meeting, as the app would make them. */
export function meetingDocuments(snapshot: Snapshot, meeting: Meeting): RenderableDocument[] {
  const ctx = meetingContext(snapshot, meeting)
  return documentMakers.flatMap((make) => make(ctx))
}
