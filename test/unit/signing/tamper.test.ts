/**
 * Files changed after the office signed, made with the app's own signing code and byte edits: the
 * verifier must refuse every one and say what happened; pdfsig (poppler) is asked too and must agree
 * that the office's signature no longer covers the whole document.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import { type FontSet } from '../../../shared/documents'
import { createSelfSignedP12, openP12, p12PublicFingerprints, signPdf, verificationDetails, verifyPdf, MAX_VERIFY_BYTES } from '../../../shared/signing'
import { ascii, concatBytes, latin1 } from '../../../shared/signing/bytes'
import { arrayItems, entry, objectDict, parseRef, readXref, refText, type Dict, type Ref } from '../../../shared/signing/pdf-objects'
import { findPlaceholder, fixByteRange, pdfDate, writeContents } from '../../../shared/signing/placeholder'
import { cmsDetached, signatureRoom } from '../../../shared/signing/sign'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { hasTool, officeCertificate, PASSWORD, pdfOfPages, pdfsig } from './support'

const KETUA = 'Ny. Hj. Nevi Irwan Prayitno'
const signedAt = new Date('2019-12-20T06:05:00Z')
const later = new Date('2019-12-21T02:00:00Z')

let fonts: FontSet
let officeP12: Uint8Array
let office: { officeFingerprints: string[] }
let signed: Uint8Array
/** Another self-signed certificate in the Ketua's very name, and one of someone else. */
let impostorP12: Uint8Array
let otherP12: Uint8Array

beforeAll(async () => {
  fonts = await loadNodeFonts()
  officeP12 = (await officeCertificate()).p12
  office = { officeFingerprints: [openP12(officeP12, PASSWORD).info.sha256] }
  const now = new Date('2019-12-01T00:00:00Z')
  impostorP12 = (await createSelfSignedP12({ commonName: KETUA, organisation: 'TP PKK Provinsi Sumatera Barat', password: PASSWORD, now })).p12
  otherP12 = (await createSelfSignedP12({ commonName: 'Sekretaris Palsu', organisation: 'Bukan Kantor', password: PASSWORD, now })).p12
  signed = signPdf({ pdf: await pdfOfPages(1, fonts), p12: officeP12, password: PASSWORD, reason: 'Kesimpulan Rapat', location: 'Padang', signedAt, utcOffsetMinutes: 420 }).pdf
}, 90_000)

// ---- building incremental updates by hand, as anyone could --------------------------------------

interface Doc {
  text: string
  rootRef: Ref
  root: Dict
  pageRef: Ref
  page: Dict
  size: number
  startxref: number
  trailer: Dict
}

function read(pdf: Uint8Array): Doc {
  const text = latin1(pdf)
  const x = readXref(text)
  const rootRef = parseRef(entry(text, x.trailer, 'Root')) as Ref
  const root = objectDict(text, x, rootRef)
  const pages = objectDict(text, x, parseRef(entry(text, root, 'Pages')) as Ref)
  const pageRef = parseRef(arrayItems(entry(text, pages, 'Kids') ?? '[]')[0]) as Ref
  return { text, rootRef, root, pageRef, page: objectDict(text, x, pageRef), size: x.size, startxref: x.startxref, trailer: x.trailer }
}

/** A dictionary with some entries replaced or added. */
function rewrite(text: string, dict: Dict, replace: Record<string, string>): string {
  const kept = dict.entries.filter((e) => !(e.key in replace)).map((e) => `/${e.key} ${text.slice(e.valueStart, e.valueEnd)}`)
  return `<<\n${[...kept, ...Object.entries(replace).map(([k, v]) => `/${k} ${v}`)].join('\n')}\n>>`
}

const items = (value: string | undefined) => (value === undefined ? [] : value.trim().startsWith('[') ? arrayItems(value) : [value.trim()])

/** Appends objects and a classic xref section pointing back (/Prev) to the file's newest one. */
function appendUpdate(pdf: Uint8Array, objects: [Ref, string][]): Uint8Array {
  const d = read(pdf)
  let body = pdf[pdf.length - 1] === 0x0a ? '' : '\n'
  const rows: string[] = []
  for (const [ref, value] of [...objects].sort((a, b) => a[0].num - b[0].num)) {
    rows.push(`${ref.num} 1\n${String(pdf.length + body.length).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n \n`)
    body += `${ref.num} ${ref.gen} obj\n${value}\nendobj\n`
  }
  const xrefAt = pdf.length + body.length
  const size = Math.max(d.size, ...objects.map(([r]) => r.num + 1))
  const id = entry(d.text, d.trailer, 'ID')
  body += `xref\n0 1\n0000000000 65535 f \n${rows.join('')}trailer\n<<\n/Size ${size}\n/Root ${refText(d.rootRef)}${id ? `\n/ID ${id}` : ''}\n/Prev ${d.startxref}\n>>\nstartxref\n${xrefAt}\n%%EOF\n`
  return concatBytes([pdf, ascii(body)])
}

/** Text drawn over the page: a new content stream added to the page's /Contents. */
function overlay(pdf: Uint8Array, first = read(pdf).size): [Ref, string][] {
  const d = read(pdf)
  const stream = 'q BT /F1 28 Tf 1 0 0 rg 72 500 Td (DIBATALKAN) Tj ET Q'
  const ref: Ref = { num: first, gen: 0 }
  return [
    [ref, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`],
    [d.pageRef, rewrite(d.text, d.page, { Contents: `[${[...items(entry(d.text, d.page, 'Contents')), refText(ref)].join(' ')}]` })]
  ]
}

const BYTE_RANGE_SLOT = '/ByteRange [0 0000000000 0000000000 0000000000]'

/** A signature dictionary with room for a signature made with `p12`, to be filled by signLast. */
function sigDict(p12: Uint8Array): string {
  const room = signatureRoom(openP12(p12, PASSWORD), later)
  return `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /adbe.pkcs7.detached\n${BYTE_RANGE_SLOT}\n/Contents <${'0'.repeat(room * 2)}>\n/M (${pdfDate(later, 420)})\n>>`
}

/** Signs the last empty signature dictionary of the file with `p12`: a signature valid for the whole file. */
function signLast(pdf: Uint8Array, p12: Uint8Array): Uint8Array {
  const at = findPlaceholder(pdf)
  const { pdf: fixed, ranges } = fixByteRange(pdf, at)
  const der = cmsDetached(openP12(p12, PASSWORD), concatBytes([fixed.subarray(0, ranges[1]), fixed.subarray(ranges[2])]), later)
  return writeContents(fixed, at, der)
}

/** A second signature with its own field (listed in the AcroForm, on the page), made with `p12`, over text drawn on the page. */
function secondSignature(pdf: Uint8Array, p12: Uint8Array, withOverlay: boolean): Uint8Array {
  const d = read(pdf)
  const formRef = parseRef(entry(d.text, d.root, 'AcroForm')) as Ref
  const x = readXref(d.text)
  const form = objectDict(d.text, x, formRef)
  const sig: Ref = { num: d.size, gen: 0 }
  const widget: Ref = { num: d.size + 1, gen: 0 }
  const drawn: Ref = { num: d.size + 2, gen: 0 }
  const stream = 'q BT /F1 28 Tf 1 0 0 rg 72 500 Td (DIBATALKAN) Tj ET Q'
  const page = rewrite(d.text, d.page, {
    Annots: `[${[...items(entry(d.text, d.page, 'Annots')), refText(widget)].join(' ')}]`,
    ...(withOverlay ? { Contents: `[${[...items(entry(d.text, d.page, 'Contents')), refText(drawn)].join(' ')}]` } : {})
  })
  const objects: [Ref, string][] = [
    [sig, sigDict(p12)],
    [widget, `<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V ${refText(sig)} /T (Tanda tangan kedua) /F 132 /P ${refText(d.pageRef)} >>`],
    [formRef, rewrite(d.text, form, { Fields: `[${[...items(entry(d.text, form, 'Fields')), refText(widget)].join(' ')}]` })],
    [d.pageRef, page],
    ...(withOverlay ? ([[drawn, `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`]] as [Ref, string][]) : [])
  ]
  return signLast(appendUpdate(pdf, objects), p12)
}

const officeSignature = (r: ReturnType<typeof verifyPdf>) => r.signatures.find((s) => s.byOffice)

/** What pdfsig says about each signature, in its order. */
function pdfsigSignatures(pdf: Uint8Array): string[] {
  return pdfsig(pdf).split(/^Signature #\d+:$/m).slice(1)
}

describe('the verifier reads the PDF: who signed what, and what came after', () => {
  test('pdfsig is there to cross-check (CI installs it: .ci/run)', () => {
    expect(hasTool('pdfsig')).toBe(true)
  })

  test('the original signed file passes: the office signature covers the whole file', () => {
    const r = verifyPdf(signed, office)
    expect(r.ok, r.summary).toBe(true)
    expect(r.summary).toBe(`Tanda tangan digital sah oleh ${KETUA} (sertifikat kantor): dokumen tidak berubah sejak ditandatangani.`)
    expect(r.signatures).toHaveLength(1)
    expect(r.unreferenced).toEqual([])
    const s = r.signatures[0]
    expect(s).toMatchObject({ fieldName: 'Tanda tangan Ketua', byOffice: true, coversWholeFile: true, bytesAfter: 0, updatesAfter: [], digestMatches: true, signedLength: signed.length })
    expect(s?.signer?.sha256).toBe(office.officeFingerprints[0])
    // The office's certificate as the certificates table holds it: read from the .p12 without its password.
    expect(p12PublicFingerprints(officeP12)).toEqual(office.officeFingerprints)
    const [sig] = pdfsigSignatures(signed)
    expect(sig).toContain('Signature Validation: Signature is Valid.')
    expect(sig).toContain('Total document signed')
  })

  test('one byte changed inside the signed range: refused, and pdfsig agrees', () => {
    const at = latin1(signed).indexOf('stream') + 30
    const tampered = signed.slice()
    tampered[at] = (tampered[at] ?? 0) ^ 0x04
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    expect(r.signatures[0]).toMatchObject({ digestMatches: false, ok: false })
    expect(r.summary).toBe(`Tanda tangan digital TIDAK sah oleh ${KETUA}: Isi dokumen sudah berubah setelah ditandatangani.`)
    expect(pdfsig(tampered)).toMatch(/Signature is Invalid|Digest Mismatch/)
  })

  test('an incremental update that draws text over the page: refused, naming the bytes and objects added', () => {
    const d = read(signed)
    const tampered = appendUpdate(signed, overlay(signed))
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    const s = officeSignature(r)
    expect(s).toMatchObject({ ok: true, digestMatches: true, coversWholeFile: false, bytesAfter: tampered.length - signed.length, signedLength: signed.length })
    expect(s?.updatesAfter).toEqual([
      {
        xrefAt: expect.any(Number),
        objects: [
          { num: d.pageRef.num, change: 'replaced', type: 'Page' },
          { num: d.size, change: 'added', type: 'stream' }
        ]
      }
    ])
    expect(r.summary).toContain('SUDAH BERUBAH setelah ditandatangani')
    expect(r.summary).toContain(`Ada ${tampered.length - signed.length} bita yang ditambahkan setelah tanda tangan (pembaruan bertahap: objek ${d.pageRef.num} (Page) diganti, objek ${d.size} (stream) ditambahkan)`)
    expect(r.summary).not.toContain('tidak berubah')
    const [sig] = pdfsigSignatures(tampered)
    expect(sig).toContain('Signature is Valid.')
    expect(sig).toContain('Not total document signed')
  })

  test('an incremental update that adds an annotation: refused, the annotation named', () => {
    const d = read(signed)
    const annot: Ref = { num: d.size, gen: 0 }
    const tampered = appendUpdate(signed, [
      [annot, `<< /Type /Annot /Subtype /FreeText /Rect [72 400 400 440] /Contents (Rapat dibatalkan) /DA (/Helv 14 Tf 1 0 0 rg) /P ${refText(d.pageRef)} >>`],
      [d.pageRef, rewrite(d.text, d.page, { Annots: `[${[...items(entry(d.text, d.page, 'Annots')), refText(annot)].join(' ')}]` })]
    ])
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    expect(officeSignature(r)?.updatesAfter[0]?.objects).toContainEqual({ num: annot.num, change: 'added', type: 'Annot/FreeText' })
    expect(r.summary).toContain(`objek ${annot.num} (Annot/FreeText) ditambahkan`)
    const details = verificationDetails(r).flatMap((x) => [x.title, ...x.lines])
    expect(details).toContain(`Sidik SHA-256 sertifikat: ${office.officeFingerprints[0]?.match(/../g)?.join(':')} (buatan sendiri; penerbit tidak diperiksa)`)
    expect(details.some((l) => l.startsWith(`Ada ${tampered.length - signed.length} bita yang ditambahkan setelah tanda tangan`))).toBe(true)
    expect(pdfsigSignatures(tampered)[0]).toContain('Not total document signed')
  })

  test('a second valid signature with its own field, by someone else, over drawn text: refused, the signer named', () => {
    const tampered = secondSignature(signed, otherP12, true)
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    expect(r.signatures).toHaveLength(2)
    const [first, second] = r.signatures
    expect(first).toMatchObject({ byOffice: true, ok: true, coversWholeFile: false })
    expect(second).toMatchObject({ fieldName: 'Tanda tangan kedua', byOffice: false, ok: true, coversWholeFile: true })
    expect(second?.signer?.commonName).toBe('Sekretaris Palsu')
    expect(first?.updatesAfter[0]?.objects.map((o) => `${o.num} ${o.change} ${o.type ?? ''}`.trim())).toEqual(
      expect.arrayContaining([expect.stringMatching(/ replaced AcroForm$/), expect.stringMatching(/ replaced Page$/), expect.stringMatching(/ added Sig$/), expect.stringMatching(/ added Annot\/Widget$/)])
    )
    expect(r.summary).toContain('SUDAH BERUBAH')
    expect(r.summary).toContain('ditandatangani oleh sertifikat lain atas nama Sekretaris Palsu')
    const [one, two] = pdfsigSignatures(tampered)
    expect(one).toContain('Not total document signed')
    expect(two).toContain('Signature is Valid.')
    expect(two).toContain('Total document signed')
  })

  test("a second valid signature from another self-signed certificate in the Ketua's own name: refused, named as another certificate", () => {
    const tampered = secondSignature(signed, impostorP12, false)
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    const [first, second] = r.signatures
    expect(second).toMatchObject({ ok: true, coversWholeFile: true, byOffice: false })
    expect(second?.signer?.commonName).toBe(KETUA)
    expect(second?.signer?.sha256).not.toBe(first?.signer?.sha256)
    expect(r.summary).toContain(`ditandatangani oleh sertifikat lain atas nama ${KETUA}`)
    expect(r.summary).not.toContain('tidak berubah sejak')
    // With only the impostor's signature left to judge (the office's dropped from the list): still not the office's.
    const alone = verifyPdf(tampered, { officeFingerprints: [] })
    expect(alone.ok).toBe(false)
    const titles = verificationDetails(r).map((x) => x.title)
    expect(titles).toContain(`Tanda tangan 2 (kolom "Tanda tangan kedua"): sertifikat lain atas nama ${KETUA}, bukan sertifikat kantor`)
    const [one, two] = pdfsigSignatures(tampered)
    expect(one).toContain('Not total document signed')
    expect(two).toContain(`Signer Certificate Common Name: ${KETUA}`)
    expect(two).toContain('Total document signed')
  })

  test('a signature dictionary no field points to, valid over the whole file by the same name, after drawn text: reported and never trusted', () => {
    const d = read(signed)
    const orphan: Ref = { num: d.size + 1, gen: 0 }
    const tampered = signLast(appendUpdate(signed, [...overlay(signed), [orphan, sigDict(impostorP12)]]), impostorP12)
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    expect(r.signatures).toHaveLength(1)
    expect(r.unreferenced).toEqual([expect.objectContaining({ objectNumber: orphan.num, signerCommonName: KETUA, byteRange: [0, expect.any(Number), expect.any(Number), expect.any(Number)] })])
    expect(r.summary).toContain(`ada 1 tanda tangan (/ByteRange di objek ${orphan.num}) atas nama ${KETUA} yang tidak dirujuk oleh kolom tanda tangan mana pun`)
    expect(verificationDetails(r).map((x) => x.title)).toContain(`/ByteRange tanpa kolom tanda tangan (objek ${orphan.num}): tidak dipercaya`)
    // pdfsig knows only the field's signature, and says it does not cover the file.
    const sigs = pdfsigSignatures(tampered)
    expect(sigs).toHaveLength(1)
    expect(sigs[0]).toContain('Not total document signed')
  })

  test('the signature dictionary itself rewritten in a later update: its ByteRange no longer encloses its own /Contents, refused', () => {
    const d = read(signed)
    const x = readXref(d.text)
    const widget = objectDict(d.text, x, parseRef(arrayItems(entry(d.text, objectDict(d.text, x, parseRef(entry(d.text, d.root, 'AcroForm')) as Ref), 'Fields') ?? '[]')[0]) as Ref)
    const sigRef = parseRef(entry(d.text, widget, 'V')) as Ref
    const sig = objectDict(d.text, x, sigRef)
    // The very same dictionary, ByteRange and signature included, with another reason, written again after the signed bytes.
    const tampered = appendUpdate(signed, [[sigRef, rewrite(d.text, sig, { Reason: '(Dibatalkan)' })]])
    const r = verifyPdf(tampered, office)
    expect(r.ok).toBe(false)
    expect(r.signatures[0]?.problems).toContain('ByteRange tidak tepat mengapit /Contents kamus tanda tangan ini')
    expect(r.signatures[0]?.reason).toBe('Dibatalkan')
    // The signed original of the dictionary is no field's any more: reported, not trusted.
    expect(r.unreferenced).toEqual([expect.objectContaining({ objectNumber: sigRef.num, signerCommonName: KETUA })])
    expect(r.summary).toMatch(/^Tanda tangan digital TIDAK sah oleh Ny\. Hj\. Nevi Irwan Prayitno: ByteRange tidak tepat/)
    // pdfsig reads the rewritten dictionary and still calls the signature valid; it does say the document is not all signed.
    expect(pdfsigSignatures(tampered)[0]).toContain('Not total document signed')
  })

  test('a file written with a cross-reference stream is said to be unsupported, not guessed', () => {
    const body = '%PDF-1.7\n1 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] /Contents <00> >>\nendobj\n'
    const pdf = ascii(`${body}2 0 obj\n<< /Type /XRef /Size 3 /W [1 2 1] /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n${body.length}\n%%EOF\n`)
    const r = verifyPdf(pdf, office)
    expect(r.ok).toBe(false)
    expect(r.summary).toContain('xref stream')
    expect(r.summary).toContain('TIDAK dapat dinyatakan sah')
  })

  test('a file larger than the bound is refused at once, with the bound named', () => {
    const big = new Uint8Array(MAX_VERIFY_BYTES + 1)
    big.set(ascii('%PDF-1.7\n'))
    const t = performance.now()
    const r = verifyPdf(big, office)
    expect(performance.now() - t).toBeLessThan(500)
    expect(r).toMatchObject({ ok: false, signatures: [] })
    expect(r.summary).toMatch(/lebih besar dari batas pemeriksaan 25 MB/)
  })
})
