import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { groupedHex, layoutFingerprint, renderDocx, renderPdf, SIGNATURE_KIND, type FontSet } from '../../../shared/documents'
import { kesimpulanLayout, notulenLayout, pimpinanSigner, signedLayout } from '../../../shared/meetings'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { expectInOrder, rakonInput, rakonMinutes, SEED_CONCLUSION, sumbarWithInk } from './minutes-fixture'
import { docxParagraphs, docxPart, pageText, readPdf, sumbar } from './support'

let fonts: FontSet
const flat = (s: string) => s.replace(/\s+/g, ' ')

beforeAll(async () => {
  fonts = await loadNodeFonts()
})

describe('Kesimpulan Rapat as its own document', () => {
  it('reads: kop, title, the meeting, the numbered conclusions, the follow-ups, the closing, the pimpinan', async () => {
    const layout = kesimpulanLayout(rakonInput())
    const pages = await readPdf(await renderPdf(layout, fonts))
    const text = flat(pages.map(pageText).join(' '))
    expectInOrder(text, [
      'TIM PENGGERAK PKK',
      'KESIMPULAN RAPAT',
      'Rapat Konsultasi Tim Penggerak PKK',
      'Hari/Tanggal',
      'Jumat, 20 Desember 2019',
      'Tempat',
      'Pimpinan rapat',
      'Peserta',
      'Diundang 65 orang; hadir 60 orang, 2 izin, 2 tidak hadir, 1 belum dicatat.',
      'menyimpulkan hal-hal sebagai berikut:',
      `1. ${SEED_CONCLUSION.slice(0, 50)}`,
      '2. Persiapan Lomba Gerakan PKK',
      'Tindak lanjut',
      'Menyampaikan program 2020',
      'Demikian kesimpulan rapat ini',
      'Padang, 20 Desember 2019',
      'Pimpinan Rapat',
      'Ketua TP PKK',
      'Ny. Hj. Nevi Irwan Prayitno'
    ])
    const docx = flat(docxParagraphs(await docxPart(await renderDocx(layout))).join(' '))
    expectInOrder(docx, ['KESIMPULAN RAPAT', SEED_CONCLUSION.slice(0, 50), 'Demikian kesimpulan rapat ini', 'Pimpinan Rapat', 'Ny. Hj. Nevi Irwan Prayitno'])
  })

  it("carries the Ketua's signature image and the office stamp from the profile", async () => {
    const layout = kesimpulanLayout(rakonInput())
    const sig = layout.sections[0]?.blocks.flatMap((b) => (b.kind === 'keep-together' ? b.blocks : [b])).find((b) => b.kind === 'signature')
    expect(sig?.kind === 'signature' && sig.signature && sig.stamp).toBeTruthy()
    expect(Object.values(layout.images).map((i) => i.data)).toEqual(expect.arrayContaining([sumbarWithInk.ketuaSignature?.data, sumbarWithInk.stamp?.data]))
    const media = Object.keys(await import('jszip').then((z) => z.default.loadAsync(renderDocx(layout))).then((zip) => zip.files)).filter((f) => f.startsWith('word/media/'))
    expect(media.length).toBeGreaterThanOrEqual(3)
  })

  it('uses the Ketua\'s signature image only when she leads the meeting; the stamp stays when chosen', () => {
    const wakil = pimpinanSigner({ ...rakonMinutes, pimpinan: 'Ny. Hj. Yusnidar Nasrullah', pimpinanTitle: 'Wakil Ketua' }, sumbarWithInk)
    expect(wakil.signatureImage).toBeUndefined()
    expect(wakil.stampImage).toBeDefined()
    expect(wakil.title).toBe('Wakil Ketua')
    expect(pimpinanSigner({ ...rakonMinutes, useStamp: false, useSignatureImage: false }, sumbarWithInk)).toEqual({
      title: 'Ketua TP PKK Provinsi Sumatera Barat',
      name: 'Ny. Hj. Nevi Irwan Prayitno'
    })
    expect(pimpinanSigner(rakonMinutes, sumbar).signatureImage).toBeUndefined()
  })

  it('the fingerprint is the same for the same data and changes with one word', async () => {
    const a = await layoutFingerprint(kesimpulanLayout(rakonInput()))
    expect(a).toMatch(/^[0-9A-F]{64}$/)
    expect(await layoutFingerprint(kesimpulanLayout(rakonInput()))).toBe(a)
    const changed = rakonInput({ minutes: { ...rakonMinutes, kesimpulan: [...rakonMinutes.kesimpulan.slice(0, 1), 'Persiapan Lomba dilakukan terpisah.'] } })
    expect(await layoutFingerprint(kesimpulanLayout(changed))).not.toBe(a)
  })

  it('signed: a visible block names the signer, the time, the kind of signature, the fingerprint, with a QR code of them', async () => {
    const base = kesimpulanLayout(rakonInput())
    const signedAt = new Date('2019-12-20T06:05:00Z')
    const { layout, fingerprint } = await signedLayout(
      base,
      { commonName: 'Ny. Hj. Nevi Irwan Prayitno', organisation: 'TP PKK Provinsi Sumatera Barat', selfSigned: true, subject: '' },
      signedAt,
      'WIB'
    )
    expect(fingerprint).toBe(await layoutFingerprint(base))
    const pdf = await renderPdf(layout, fonts)
    const text = flat((await readPdf(pdf)).map(pageText).join(' '))
    expectInOrder(text, [
      'Ny. Hj. Nevi Irwan Prayitno',
      'Ditandatangani secara digital oleh Ny. Hj. Nevi Irwan Prayitno',
      'TP PKK Provinsi Sumatera Barat',
      'Waktu: Jumat, 20 Desember 2019 pukul 13.05 WIB',
      `Jenis: ${SIGNATURE_KIND}`,
      'Sidik SHA-256 isi dokumen:',
      groupedHex(fingerprint)
    ])
    expect(text).not.toMatch(/PAdES/)
    // The block stands beside the Ketua's signature: the signed Kesimpulan keeps its single page.
    expect((await readPdf(pdf)).length).toBe((await readPdf(await renderPdf(base, fonts))).length)
    expect((await readPdf(pdf)).length).toBe(1)
    // A DOCX of the same layout (never offered, but the model allows it) prints the block after the signature.
    const docx = flat(docxParagraphs(await docxPart(await renderDocx(layout))).join(' '))
    expectInOrder(docx, ['Ny. Hj. Nevi Irwan Prayitno', 'Ditandatangani secara digital oleh Ny. Hj. Nevi Irwan Prayitno', 'Sidik SHA-256 isi dokumen:'])
    // pdftoppm and zbarimg are installed by .ci/run.
    const dir = mkdtempSync(join(tmpdir(), 'pkk-qr-'))
    writeFileSync(join(dir, 'k.pdf'), pdf)
    execFileSync('pdftoppm', ['-png', '-r', '150', join(dir, 'k.pdf'), join(dir, 'p')])
    const decoded = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .map((f) => {
        try {
          return execFileSync('zbarimg', ['-q', '--raw', join(dir, f)], { stdio: ['ignore', 'pipe', 'ignore'] }).toString()
        } catch {
          return ''
        }
      })
      .join('')
    expect(decoded).toContain(`SHA-256 ${fingerprint}`)
    expect(decoded).toContain('Ny. Hj. Nevi Irwan Prayitno')
    expect(decoded).toContain('2019-12-20T13:05+07:00')
  })

  it('signed Notulen: its two signatures stand in a table, so the block follows them in full size', async () => {
    const base = notulenLayout(rakonInput())
    const { layout } = await signedLayout(base, { commonName: 'Ny. Hj. Nevi Irwan Prayitno', organisation: '', selfSigned: true, subject: '' }, new Date('2019-12-20T06:05:00Z'), 'WIB')
    const last = layout.sections.at(-1)?.blocks.at(-1)
    expect(last?.kind).toBe('figure')
    expect(last?.kind === 'figure' && last.sizePt).toBe(9)
    const text = flat((await readPdf(await renderPdf(layout, fonts))).map(pageText).join(' '))
    expect(text).toContain('Keaslian berkas PDF ini dapat diperiksa')
  })
})
