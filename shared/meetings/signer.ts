import { inSentence } from '../documents/builders/words'
import type { Signer as DocumentSigner } from '../documents/builders/signature'
import { formatDateLong } from '../calendar'
import {
  KETUA_SIGNER_ID,
  actingPrefix,
  stripActingPrefix,
  stripOnBehalfPrefix,
  toSignerChoice,
  withActingPrefix,
  type ActingPrefix,
  type ImageAsset,
  type OfficeProfile,
  type OfficeSigner,
  type OfficeSignerKind,
  type SignerChoice
} from '../model'

export type ProfileForSigner = Pick<OfficeProfile, 'officeName' | 'ketuaName' | 'ketuaTitle' | 'ketuaSignature' | 'stamp' | 'signers'>
export type SignerKind = 'ketua' | OfficeSignerKind

/** One person who can sign for the office, as the picker lists them. */
export interface SignerOption {
  id: string
  kind: SignerKind
  name: string
  /** As printed: "Pj. Ketua TP PKK Kabupaten X", "Wakil Ketua". */
  title: string
  /** Serves on the document's date (the Ketua definitif whenever no acting chair does; a.n. signers always). */
  serves: boolean
  hasSignatureImage: boolean
}

const isActing = (kind: SignerKind): kind is 'pj' | 'plt' | 'plh' => kind === 'pj' || kind === 'plt' || kind === 'plh'
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID')
export const officeSigners = (profile: Pick<OfficeProfile, 'signers'>): readonly OfficeSigner[] => profile.signers ?? []

/** Whether an office signer serves on a date (ISO): from and to inclusive, either open. */
export function servesOn(s: Pick<OfficeSigner, 'from' | 'to'>, dateIso: string): boolean {
  return (!s.from || s.from <= dateIso) && (!s.to || dateIso <= s.to)
}

/** The acting chair serving on a date (the one who started last when dates overlap), if any. */
export function actingChairOn(profile: Pick<OfficeProfile, 'signers'>, dateIso: string): OfficeSigner | undefined {
  return officeSigners(profile)
    .filter((s) => isActing(s.kind) && servesOn(s, dateIso))
    .sort((a, b) => b.from.localeCompare(a.from))[0]
}

/** The id of whoever chairs on a date: the acting chair then serving, else the Ketua definitif; undefined when neither is known. */
export function chairIdOn(profile: ProfileForSigner, dateIso: string): string | undefined {
  const acting = actingChairOn(profile, dateIso)
  if (acting) return acting.id
  return profile.ketuaName.trim() ? KETUA_SIGNER_ID : undefined
}

function printedTitle(profile: ProfileForSigner, s: OfficeSigner): string {
  return isActing(s.kind) ? withActingPrefix(actingPrefix[s.kind], s.title.trim() || profile.ketuaTitle) : stripOnBehalfPrefix(s.title)
}

/** The office's signers for a document of this date: the Ketua definitif first, then the others in their order. */
export function signerOptions(profile: ProfileForSigner, dateIso: string): SignerOption[] {
  const acting = actingChairOn(profile, dateIso)
  const ketua: SignerOption[] = profile.ketuaName.trim()
    ? [{ id: KETUA_SIGNER_ID, kind: 'ketua', name: profile.ketuaName, title: profile.ketuaTitle, serves: !acting, hasSignatureImage: Boolean(profile.ketuaSignature) }]
    : []
  return [
    ...ketua,
    ...officeSigners(profile).map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      title: printedTitle(profile, s),
      serves: isActing(s.kind) ? s.id === acting?.id : true,
      hasSignatureImage: Boolean(s.signature)
    }))
  ]
}

interface Person {
  kind: SignerKind
  name: string
  /** Own title as entered: the Ketua's, an acting chair's (prefix added on print), or the a.n. signer's. */
  title: string
  signature?: ImageAsset
  /** The office signer behind it; undefined for the Ketua definitif and for an old draft's typed-in name. */
  officeSigner?: OfficeSigner
}

type Picked = { person: Person } | { missing: 'none' | 'deleted' }

function ketuaPerson(profile: ProfileForSigner): Person | undefined {
  if (!profile.ketuaName.trim()) return undefined
  return { kind: 'ketua', name: profile.ketuaName, title: profile.ketuaTitle, ...(profile.ketuaSignature ? { signature: profile.ketuaSignature } : {}) }
}

const officePerson = (s: OfficeSigner): Person => ({ kind: s.kind, name: s.name, title: s.title, ...(s.signature ? { signature: s.signature } : {}), officeSigner: s })

function pick(profile: ProfileForSigner, choice: SignerChoice, dateIso: string): Picked {
  const id = choice.signerId.trim()
  if (id === KETUA_SIGNER_ID) {
    const k = ketuaPerson(profile)
    return k ? { person: k } : { missing: 'none' }
  }
  if (id) {
    const s = officeSigners(profile).find((o) => o.id === id)
    return s ? { person: officePerson(s) } : { missing: 'deleted' }
  }
  if (choice.legacy?.name.trim()) {
    const { role, name, ownTitle } = choice.legacy
    // An old draft's typed-in name: the office signer of that name and kind when Pengaturan now has her.
    const same = officeSigners(profile).find((o) => norm(o.name) === norm(name) && (o.kind === role || (role === 'an' && o.kind === 'an')))
    if (same) return { person: officePerson(same) }
    if (role === 'ketua') {
      const k = ketuaPerson(profile)
      return k ? { person: k } : { missing: 'none' }
    }
    // No image: a typed-in name has none of its own, and the Ketua's is never put under someone else's name.
    return { person: { kind: role, name, title: role === 'an' ? ownTitle.trim() || 'Sekretaris' : profile.ketuaTitle } }
  }
  const acting = actingChairOn(profile, dateIso)
  if (acting) return { person: officePerson(acting) }
  const k = ketuaPerson(profile)
  return k ? { person: k } : { missing: 'none' }
}

/** What a document prints for its signer, and who that is. */
export interface ResolvedSigner {
  kind: SignerKind
  /** Pj./Plt./Plh. when an acting chair signs herself. */
  acting?: ActingPrefix
  /** The office signer chosen, or KETUA_SIGNER_ID; undefined for an old draft's typed-in name. */
  signerId?: string
  block: DocumentSigner
}

/** The chair's title an a.n. signer signs for on that date: "Ketua <office>", or "Pj. Ketua <office>" while a Pj. serves. */
export function chairOnBehalfOf(profile: ProfileForSigner, dateIso: string): string {
  const acting = actingChairOn(profile, dateIso)
  const ketua = `Ketua ${inSentence(profile.officeName)}`
  return acting && isActing(acting.kind) ? withActingPrefix(actingPrefix[acting.kind], ketua) : ketua
}

/**
 * The signature block's data (docs/formats.md "Signature block") for a document of this date: the Ketua signs under
 * her title; an acting chair under her own title with Pj./Plt./Plh. written once; someone signing for the chair
 * writes "a.n. <chair>" then her own title. A signature image is placed only for the person it belongs to.
 * Null when the document names nobody.
 */
export function resolveSigner(profile: ProfileForSigner, raw: SignerChoice, dateIso: string): ResolvedSigner | null {
  const choice = toSignerChoice(raw)
  const picked = pick(profile, choice, dateIso)
  if (!('person' in picked) || !picked.person.name.trim()) return null
  const p = picked.person
  const image = choice.useSignatureImage && p.signature ? { signatureImage: p.signature } : {}
  const stamp = choice.useStamp && profile.stamp ? { stampImage: profile.stamp } : {}
  const signerId = p.kind === 'ketua' ? KETUA_SIGNER_ID : p.officeSigner?.id
  const base = { ...(signerId ? { signerId } : {}) }
  if (p.kind === 'ketua') return { kind: 'ketua', ...base, block: { title: p.title.trim(), name: p.name.trim(), ...image, ...stamp } }
  if (p.kind === 'an') {
    return {
      kind: 'an',
      ...base,
      block: { title: stripOnBehalfPrefix(p.title) || 'Sekretaris', name: p.name.trim(), onBehalfOf: chairOnBehalfOf(profile, dateIso), ...image, ...stamp }
    }
  }
  const prefix = actingPrefix[p.kind]
  return { kind: p.kind, acting: prefix, ...base, block: { title: withActingPrefix(prefix, p.title.trim() || profile.ketuaTitle), name: p.name.trim(), ...image, ...stamp } }
}

/** The block a document prints: the resolved signer, or the Ketua's title over an empty name while nobody is named (a draft's preview). */
export function documentSigner(profile: ProfileForSigner, choice: SignerChoice, dateIso: string): DocumentSigner {
  return resolveSigner(profile, choice, dateIso)?.block ?? { title: stripActingPrefix(profile.ketuaTitle) ? profile.ketuaTitle : 'Ketua', name: '' }
}

/** Why a document cannot be issued with this signer, in the words the form shows; null when it can. */
export function signerProblem(profile: ProfileForSigner, raw: SignerChoice, dateIso: string): string | null {
  const choice = toSignerChoice(raw)
  const picked = pick(profile, choice, dateIso)
  if ('missing' in picked) {
    return picked.missing === 'deleted'
      ? 'Penandatangan yang dipilih sudah tidak ada di Pengaturan. Pilih penandatangan lain.'
      : 'Belum ada penandatangan. Pilih penandatangan, atau tambahkan di Pengaturan › Penandatangan.'
  }
  const p = picked.person
  if (!p.name.trim()) return 'Nama penandatangan belum diisi. Lengkapi di Pengaturan › Penandatangan.'
  const s = p.officeSigner
  if (s && isActing(s.kind) && !servesOn(s, dateIso)) {
    const span = [s.from && `mulai ${formatDateLong(s.from)}`, s.to && `sampai ${formatDateLong(s.to)}`].filter(Boolean).join(' ')
    return `${s.name} menjabat ${actingPrefix[s.kind]} Ketua ${span}, tidak pada tanggal ${formatDateLong(dateIso)}. Pilih penandatangan lain atau ubah tanggal.`
  }
  return null
}

/** The choice with whoever serves on the date written in, so an issued document keeps its signer when the office's list changes. */
export function pinSigner(profile: ProfileForSigner, raw: SignerChoice, dateIso: string): SignerChoice {
  const choice = toSignerChoice(raw)
  const resolved = resolveSigner(profile, choice, dateIso)
  if (choice.signerId || !resolved?.signerId) return choice
  return { signerId: resolved.signerId, useSignatureImage: choice.useSignatureImage, useStamp: choice.useStamp }
}
