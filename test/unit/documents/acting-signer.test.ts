import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { defaultKeputusanDraft, kesimpulanLayout, keputusanLayout, notulenLayout, undanganLayout, type InviteeView } from '../../../shared/meetings'
import { defaultLegalBases, type MeetingRole, type OfficeProfile, type OfficeSigner, type SignerChoice, type UndanganDraft } from '../../../shared/model'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { makePng } from '../../../scripts/lib/sample-images'
import { expectInOrder, rakonInput, rakonMeeting, rakonMinutes, sumbarWithInk } from './minutes-fixture'
import { docxParagraphs, docxPart, pageText, readPdf } from './support'

/**
 * The measured bug of "Issued stays issued": a meeting signed by a Pj. Ketua printed no name, "Pj. Pj. Ketua"
 * when the title already said Pj., and the decree, the lampiran header and the Kesimpulan dropped the Pj.
 * Here the Pj.'s title is typed with its prefix, so a doubled one would show.
 */
const PJ_NAME = 'Ny. Hj. Rahmi Yusuf, S.E'
const pjInk = makePng(60, 30, (x, y) => (Math.abs(y - 15 - Math.sin(x / 6) * 8) < 2 ? [10, 20, 120, 255] : undefined))
const pj: OfficeSigner = {
  id: 'pj-2019',
  kind: 'pj',
  name: PJ_NAME,
  title: 'Pj. Ketua TP PKK Provinsi Sumatera Barat',
  from: '2019-12-01',
  to: '2020-03-31',
  signature: { mime: 'image/png', data: pjInk, name: 'ttd-pj.png' }
}
const office: OfficeProfile = { ...sumbarWithInk, signers: [pj] }
const KETUA_NAME = sumbarWithInk.ketuaName
/** Whoever serves on the document's date, with her image and the stamp: the Pj. in December 2019. */
const serving: SignerChoice = { signerId: '', useSignatureImage: true, useStamp: true }

let fonts: FontSet
const flat = (s: string) => s.replace(/\s+/g, ' ')
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length
const PJ = /\bpj\./gi

async function texts(layout: DocumentLayout): Promise<{ pdf: string; docx: string }> {
  const pages = await readPdf(await renderPdf(layout, fonts))
  const pdf = flat(pages.map(pageText).join(' '))
  const docx = flat(docxParagraphs(await docxPart(await renderDocx(layout))).join(' '))
  return { pdf, docx }
}

/** The signature images a layout places, by their bytes. */
function signatureImages(layout: DocumentLayout): Uint8Array[] {
  const blocks = layout.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'keep-together' ? b.blocks : [b])))
  return blocks.flatMap((b) => (b.kind === 'signature' && b.signature ? [layout.images[b.signature.image]?.data ?? new Uint8Array()] : []))
}

beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const invitees: InviteeView[] = ['Kepala Dinas Kesehatan', 'Kepala Bappeda', 'Kepala Dinas Sosial'].map((name, i) => ({
  id: `i${i}`,
  key: `o:${i}`,
  kind: 'organisation',
  name,
  position: '',
  organisationName: `${name.replace('Kepala ', '')} Provinsi Sumatera Barat`,
  addressee: [`Bapak/Ibu ${name}`, 'Provinsi Sumatera Barat'],
  order: i
}))
const undangan: UndanganDraft = {
  date: '2019-12-17',
  sifat: 'Penting',
  lampiran: '1 (satu) berkas',
  hal: 'Undangan',
  mode: 'daftar-terlampir',
  opening: 'Dengan hormat, bersama ini kami mengundang Bapak/Ibu untuk menghadiri rapat pada:',
  closing: 'Demikian disampaikan, atas perhatian Bapak/Ibu diucapkan terima kasih.',
  tembusan: ['Arsip'],
  code: 'SKR',
  signer: serving
}

describe('an invitation signed by a Pj. Ketua', () => {
  const layout = () => undanganLayout({ profile: office, meeting: rakonMeeting, draft: undangan, invitees, number: '296/SKR/PKK-PROP/XII/2019' })

  it('names her under "Pj. Ketua ..." once, and the attached list is "Lampiran Surat Pj. Ketua ..."', async () => {
    for (const text of Object.values(await texts(layout()))) {
      expect(text).toContain(PJ_NAME)
      expect(text).not.toContain(KETUA_NAME)
      expect(text).not.toMatch(/pj\.\s*pj\./i)
      // Two places name the chair: the signature block and the lampiran's header; Pj. once in each.
      expect(count(text, PJ)).toBe(2)
      expectInOrder(text, ['Demikian disampaikan', 'Pj. Ketua TP PKK', PJ_NAME, 'Lampiran', 'Surat Pj. Ketua TP PKK Provinsi Sumatera Barat', 'DAFTAR UNDANGAN'])
    }
  })

  it('carries her own signature image, never the Ketua’s', () => {
    const images = signatureImages(layout())
    expect(images).toEqual([pjInk])
    expect(images).not.toContainEqual(sumbarWithInk.ketuaSignature?.data)
  })
})

describe('a decree of a Pj. Ketua, with its lampiran', () => {
  const roles: MeetingRole[] = [
    { id: 'r1', meetingId: rakonMeeting.id, group: 'panitia', roleTitle: 'Ketua', name: 'Ny. Hj. Yusnidar Nasrullah', position: 'Wakil Ketua I TP PKK', topic: '', order: 1 },
    { id: 'r2', meetingId: rakonMeeting.id, group: 'narasumber', roleTitle: '', name: 'dr. Hj. Elvi Suryani, M.Kes', position: 'Dinas Kesehatan', topic: 'Kesehatan Keluarga', order: 2 }
  ]
  const legalBases = defaultLegalBases.map((text, i) => ({ id: `b${i}`, text, order: i, active: true }))
  const draft = { ...defaultKeputusanDraft({ meeting: rakonMeeting, profile: office, roles, legalBases, dateIso: '2019-12-16' }), signer: serving }

  it('is KEPUTUSAN PJ. KETUA ..., decided and signed by PJ. KETUA ..., and the lampiran header says so', async () => {
    const layout = keputusanLayout({ profile: office, meeting: rakonMeeting, draft, roles, number: '22/KEP/PKK-PROP/XII/2019' })
    for (const text of Object.values(await texts(layout))) {
      expect(text).toContain(PJ_NAME)
      expect(text).not.toMatch(/pj\.\s*pj\./i)
      expectInOrder(text, [
        'KEPUTUSAN PJ. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
        'NOMOR',
        'PJ. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT,',
        'Menimbang',
        'Menetapkan',
        'KEPUTUSAN PJ. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT TENTANG',
        'Ditetapkan di',
        'PJ. KETUA TIM PENGGERAK PKK',
        PJ_NAME,
        'LAMPIRAN',
        'KEPUTUSAN PJ. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT'
      ])
      // The suggested Menimbang and articles name the issuer as the Pj. too (the secretary can still rewrite them).
      expect(text).toContain('perlu menetapkan Keputusan Pj. Ketua Tim Penggerak PKK Provinsi Sumatera Barat tentang')
      expect(text).toContain('melaporkan hasilnya kepada Pj. Ketua Tim Penggerak PKK Provinsi Sumatera Barat.')
      // Every mention of the decree's issuer in capitals carries the PJ.; none without it.
      expect(count(text, /(?<!PJ\. )KETUA TIM PENGGERAK PKK/g)).toBe(0)
    }
    // Signed at the end of the decree and again under its lampiran: her image both times.
    expect(signatureImages(layout)).toEqual([pjInk, pjInk])
  })
})

describe('the Kesimpulan and the Notulen of a meeting led by a Pj. Ketua', () => {
  // The minutes as typed: her name and the title without the Pj. (as the Notulen form offered it).
  const minutes = { ...rakonMinutes, pimpinan: PJ_NAME, pimpinanTitle: 'Ketua TP PKK Provinsi Sumatera Barat' }

  it('the Kesimpulan names her as Pimpinan rapat and signs as Pj. Ketua once, with her own image', async () => {
    const layout = kesimpulanLayout(rakonInput({ profile: office, minutes }))
    for (const text of Object.values(await texts(layout))) {
      expect(text).not.toContain(KETUA_NAME)
      expect(text).not.toMatch(/pj\.\s*pj\./i)
      expect(count(text, PJ)).toBe(1)
      expectInOrder(text, ['Pimpinan rapat', PJ_NAME, 'Demikian kesimpulan rapat ini', 'Pimpinan Rapat', 'Pj. Ketua TP PKK', PJ_NAME])
    }
    expect(signatureImages(layout)).toEqual([pjInk])
  })

  it('the Notulen’s Pimpinan rapat and its approval carry the Pj. too', async () => {
    const { pdf, docx } = await texts(notulenLayout(rakonInput({ profile: office, minutes })))
    for (const text of [pdf, docx]) {
      expect(text).not.toMatch(/pj\.\s*pj\./i)
      expectInOrder(text, [`Pimpinan rapat : ${PJ_NAME}, Pj. Ketua TP PKK Provinsi Sumatera Barat`, 'Mengesahkan', 'Pimpinan Rapat', 'Pj. Ketua TP PKK'])
    }
  })
})
