import { beforeAll, describe, expect, it } from 'vitest'
import { buildUndangan, buildUndanganMerge, renderDocx, renderPdf, type FontSet, type Invitee } from '../../../shared/documents'
import { numberWords, sheetsLabel } from '../../../shared/documents/number-words'
import { lampiranOverride } from '../../../shared/meetings/undangan-data'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { nameOfLength } from '../../layout/offices'
import { checkPdf } from '../../layout/check'
import { docxParagraphs, docxPart, rakonUndangan, readPdf } from './support'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const invitees = (n: number, nameLength = 30): Invitee[] =>
  Array.from({ length: n }, (_, i) => ({ name: nameOfLength(nameLength, i), position: 'Kepala Bidang', organisation: `Dinas ${nameOfLength(20 + (i % 40), i + 1)}` }))

/** The letter's "Lampiran" value in the PDF: the text right of the label's colon on page 1. */
async function pdfLampiran(pdf: Uint8Array): Promise<{ value: string; pages: number }> {
  const pages = await readPdf(pdf)
  const first = pages[0]
  const label = first?.items.find((i) => /^Lampiran\s*:?$/.test(i.str.trim()))
  if (!first || !label) throw new Error('Lampiran tidak ada')
  const value = first.items.filter((i) => Math.abs(i.y - label.y) < 2 && i.x > label.x + 20 && i.str.trim() !== ':').map((i) => i.str.trim()).join(' ')
  return { value, pages: pages.length }
}

describe('numberWords: counts in letters', () => {
  it.each([
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [32, 'tiga puluh dua'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1001, 'seribu satu']
  ])('%i is "%s"', (n, words) => expect(numberWords(n)).toBe(words))

  it('labels sheets, and "-" for none', () => {
    expect(sheetsLabel(21)).toBe('21 (dua puluh satu) lembar')
    expect(sheetsLabel(0)).toBe('-')
  })
})

describe('Lampiran counts the pages of the attached list', () => {
  it.each([
    [8, 30],
    [60, 30],
    [140, 40],
    [40, 250]
  ])('%i invitees with names of %i characters: the count is the pages after the letter, in PDF and DOCX', async (n, len) => {
    const layout = buildUndangan({ ...rakonUndangan(), lampiran: undefined, addressee: ['(daftar terlampir)'], attachment: { invitees: invitees(n, len) } })
    const pdf = await renderPdf(layout, fonts)
    const { value, pages } = await pdfLampiran(pdf)
    const attached = pages - 1
    expect(value).toBe(sheetsLabel(attached))
    expect(await checkPdf('undangan', layout, pdf, { lampiran: true })).toEqual([])
    const docx = docxParagraphs(await docxPart(await renderDocx(layout)))
    expect(docx).toContain(`Lampiran\t:\t${sheetsLabel(attached)}`)
  })

  it('a letter per recipient with nothing attached says "-"', async () => {
    const base = { ...rakonUndangan(), lampiran: undefined }
    const layout = buildUndanganMerge(base, [['Kepala Dinas Kesehatan'], ['Kepala Dinas Sosial']])
    const pdf = await renderPdf(layout, fonts)
    expect((await pdfLampiran(pdf)).value).toBe('-')
    expect(await checkPdf('undangan', layout, pdf, { lampiran: true })).toEqual([])
  })

  it('what the secretary typed herself is printed as typed; the counted wording is not kept', () => {
    expect(lampiranOverride({ lampiran: '1 (satu) berkas' })).toBe('1 (satu) berkas')
    expect(lampiranOverride({ lampiran: ' 1 (satu) lembar ' })).toBeUndefined()
    expect(lampiranOverride({ lampiran: '3 (tiga) lembar' })).toBeUndefined()
    expect(lampiranOverride({ lampiran: '-' })).toBeUndefined()
    expect(lampiranOverride({ lampiran: '' })).toBeUndefined()
  })
})
