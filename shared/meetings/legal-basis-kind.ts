import type { LegalBasis, LegalBasisKind } from '../model'

/**
 * Regulations, by the words they start with (docs/formats.md "Mengingat and Memperhatikan"): Undang-Undang, Peraturan
 * Pemerintah / Presiden / Menteri / Daerah / Gubernur / Bupati / Wali Kota, their short forms (UU, PP, Perpres,
 * Permendagri, Perda, Pergub, Perbup, Perwako, Perwal), Keputusan and Instruksi of any office, Ketetapan.
 */
const REGULATION =
  /^(?:\d+[.)]\s*)?(?:undang-undang|uu\b|perpu\b|perppu\b|peraturan\b|pp\b|perpres\b|permen\p{L}*|perda\b|pergub\b|perbup\b|perwal\p{L}*|perwako\b|perkada\b|keputusan\b|surat keputusan\b|sk\b|kepres\b|keppres\b|kepmen\p{L}*|kepgub\b|kepbup\b|instruksi\b|inpres\b|inmendagri\b|ketetapan\b|tap mpr)/iu

/** Where a legal basis typed as text belongs: Mengingat for a regulation, Memperhatikan for any other document. */
export function legalBasisKind(text: string): LegalBasisKind {
  return REGULATION.test(text.trim()) ? 'mengingat' : 'memperhatikan'
}

/** The entry's kind as the secretary set it, or as its text suggests for entries made before the kind was kept. */
export const kindOfBasis = (b: Pick<LegalBasis, 'text' | 'kind'>): LegalBasisKind => b.kind ?? legalBasisKind(b.text)

/**
 * A decree's Mengingat and Memperhatikan as printed: a draft that keeps both is taken as it is; a draft made before
 * Memperhatikan was kept has every line under Mengingat, sorted here by legalBasisKind.
 */
export function decreeBases(draft: { mengingat: readonly string[]; memperhatikan?: readonly string[] | undefined }): { mengingat: string[]; memperhatikan: string[] } {
  if (draft.memperhatikan !== undefined) return { mengingat: [...draft.mengingat], memperhatikan: [...draft.memperhatikan] }
  const mengingat = draft.mengingat.filter((t) => legalBasisKind(t) === 'mengingat')
  // A decree cites at least one regulation: when none is recognised, the lines stay where the secretary put them.
  if (mengingat.length === 0) return { mengingat: [...draft.mengingat], memperhatikan: [] }
  return { mengingat, memperhatikan: draft.mengingat.filter((t) => legalBasisKind(t) === 'memperhatikan') }
}
