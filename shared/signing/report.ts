/**
 * The verifier's report as text for the secretary. No node-forge here: the renderer imports it
 * statically, while the checking code (verify.ts) is loaded only when a PDF is checked.
 */
import type { LaterUpdate } from './pdf-structure'
import type { SignatureCheck, VerifyResult } from './verify'

/** A fingerprint in any spelling (colons, spaces, small letters) as 64 capital hex digits; '' when it is not 32 bytes of hex. */
export function normalizeFingerprint(fp: string): string {
  const hex = fp.toUpperCase().replace(/[^0-9A-F]/g, '')
  return hex.length === 64 ? hex : ''
}

/** A fingerprint as certificate viewers show it: pairs of hex digits joined by colons. */
export const formatFingerprint = (fp: string) => (normalizeFingerprint(fp).match(/../g) ?? []).join(':')

const CHANGE_WORD = { added: 'ditambahkan', replaced: 'diganti', deleted: 'dihapus' } as const

/** "objek 14 (Annot/Text) ditambahkan, objek 3 (Page) diganti" */
export function describeUpdate(u: LaterUpdate): string {
  if (u.objects.length === 0) return 'tanpa objek'
  const shown = u.objects.slice(0, 12).map((o) => `objek ${o.num}${o.type ? ` (${o.type})` : ''} ${CHANGE_WORD[o.change]}`)
  return shown.join(', ') + (u.objects.length > shown.length ? `, dan ${u.objects.length - shown.length} objek lain` : '')
}

export function afterText(s: SignatureCheck): string {
  const what = s.updatesAfter.length ? ` (pembaruan bertahap: ${s.updatesAfter.map(describeUpdate).join('; ')})` : ''
  return `Ada ${s.bytesAfter} bita yang ditambahkan setelah tanda tangan${what}`
}

export const nameOf = (s: SignatureCheck) => s.signer?.commonName || s.signer?.subject || 'penanda tangan yang tidak terbaca'

/** What "Periksa tanda tangan" shows for each signature and each unreferenced /ByteRange, line by line. */
export function verificationDetails(r: VerifyResult): { title: string; lines: string[] }[] {
  const out = r.signatures.map((s, i) => {
    const who = s.signer ? (s.byOffice ? `${nameOf(s)} (sertifikat kantor)` : `sertifikat lain atas nama ${nameOf(s)}, bukan sertifikat kantor`) : 'penanda tangan tidak terbaca'
    const [, b = 0, c = 0] = s.byteRange
    const lines = [
      `Penanda tangan: ${s.signer?.subject ?? '-'}`,
      s.signer ? `Sidik SHA-256 sertifikat: ${formatFingerprint(s.signer.sha256)}${s.signer.selfSigned ? ' (buatan sendiri; penerbit tidak diperiksa)' : ''}` : '',
      `Waktu: ${s.signedAt ? new Date(s.signedAt).toLocaleString('id-ID') : 'tidak terbaca'} · ${s.subFilter || 'jenis tidak terbaca'}`,
      s.byteRange.length === 4
        ? `Bagian yang ditandatangani: bita 0–${b} dan ${c}–${s.signedLength} dari ${r.fileLength} bita (celah hanya isi tanda tangan)`
        : 'Bagian yang ditandatangani: tidak terbaca',
      `Hash bagian itu: ${s.digestMatches ? 'cocok' : 'TIDAK cocok'} · tanda tangan kriptografis: ${s.signatureValid ? 'sah' : 'TIDAK sah'}`,
      s.coversWholeFile ? 'Tidak ada yang ditambahkan setelah tanda tangan ini.' : `${afterText(s)}.`,
      ...s.problems
    ].filter(Boolean)
    return { title: `Tanda tangan ${i + 1}${s.fieldName ? ` (kolom "${s.fieldName}")` : ''}: ${who}${s.ok ? '' : ' — TIDAK sah'}`, lines }
  })
  for (const u of r.unreferenced) {
    out.push({
      title: `/ByteRange tanpa kolom tanda tangan${u.objectNumber !== null ? ` (objek ${u.objectNumber})` : ''}: tidak dipercaya`,
      lines: [
        u.signerCommonName ? `Mengaku ditandatangani oleh ${u.signerCommonName} (sidik SHA-256 ${formatFingerprint(u.signerSha256 ?? '')}); tidak diperiksa.` : 'Isi tanda tangannya tidak terbaca.',
        u.byteRange ? `ByteRange: [${u.byteRange.join(' ')}] dari ${r.fileLength} bita` : 'ByteRange tidak terbaca.'
      ]
    })
  }
  return out
}

/** The verify call's office certificates from rows of the certificates table (the .p12 and the SHA-256 stored at import). */
export function officeCertificateArgs(rows: readonly { p12: Uint8Array; sha256?: string | undefined }[] | undefined): { p12: Uint8Array; sha256?: string }[] {
  return (rows ?? []).map((r) => (r.sha256 ? { p12: r.p12, sha256: r.sha256 } : { p12: r.p12 }))
}

/**
 * "Ny. Hj. Nevi Irwan Prayitno, TP PKK Provinsi Sumatera Barat" from a certificate's subject
 * ("CN=Ny. Hj. Nevi Irwan Prayitno, O=TP PKK Provinsi Sumatera Barat, C=ID"): the owner in plain words,
 * for screens; the subject itself belongs under "Rincian teknis". Values may hold commas ("S.Pd, M.Si").
 */
export function plainOwner(subject: string): string {
  const parts = new Map<string, string>()
  for (const piece of subject.split(/,\s*(?=[A-Za-z][A-Za-z0-9.]*=)/)) {
    const eq = piece.indexOf('=')
    if (eq > 0 && !parts.has(piece.slice(0, eq).trim())) parts.set(piece.slice(0, eq).trim(), piece.slice(eq + 1).trim())
  }
  const owner = [parts.get('CN'), parts.get('O')].filter((v): v is string => Boolean(v))
  return owner.length > 0 ? owner.join(', ') : subject
}
