import { beforeAll, describe, expect, it } from 'vitest'
import { buildKeputusan, renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { kesimpulanLayout, meetingDocuments, notulenLayout } from '../../../shared/meetings'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { generatedOffice } from '../../layout/offices'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { checkPdf } from '../../layout/check'
import { rakonKeputusan } from './keputusan-fixture'
import { rakonInput, rakonMinutes } from './minutes-fixture'
import { docxPart, readPdf } from './support'

/**
 * A signature block never starts a page by itself. Each document is grown a line or a row at a time,
 * so that one of the sizes puts its end at a page's foot; the checker reads every PDF.
 */
let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

const extra = (n: number) => Array.from({ length: n }, (_, i) => `Kesimpulan tambahan nomor ${i + 1} yang disepakati oleh peserta rapat konsultasi bersama OPD terkait.`)

async function alone(name: string, layout: DocumentLayout): Promise<string[]> {
  const findings = await checkPdf(name, layout, await renderPdf(layout, fonts))
  return findings.filter((f) => f.kind === 'signature-alone').map((f) => `${f.document} hal. ${f.page}: ${f.detail}`)
}

/** Paragraphs of document.xml with the text they hold and whether Word keeps them with the next. */
async function docxKeeps(layout: DocumentLayout): Promise<{ text: string; keepNext: boolean }[]> {
  const xml = await docxPart(await renderDocx(layout))
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(''),
    keepNext: m[0].includes('<w:keepNext/>')
  }))
}

describe('the signature keeps the end of the body with it', () => {
  it('Kesimpulan, A4 and F4, 2 to 10 conclusions: the closing sentence goes with the pimpinan', async () => {
    const found: string[] = []
    for (const paper of ['A4', 'F4'] as const)
      for (let n = 0; n <= 8; n++) {
        const input = rakonInput({ profile: { ...rakonInput().profile, paper }, minutes: { ...rakonMinutes, kesimpulan: [...rakonMinutes.kesimpulan, ...extra(n)] } })
        found.push(...(await alone(`Kesimpulan ${paper} +${n}`, kesimpulanLayout(input))))
      }
    expect(found).toEqual([])
  })

  it('Kesimpulan of a generated kelurahan office on A4: the closing sentence, ending a page, takes the signature to the next', async () => {
    const snapshot = generatedOffice(await buildDemoSnapshot(), {
      level: 'kelurahan',
      paper: 'A4',
      officeCode: 'PKK-PROP',
      regionName: 'Nagari Koto Baru',
      ketuaName: 'Ny. Haroka Ridiwaha Nijeseridi Timaann',
      inviteeNames: ['Ny. Ha', 'Dra. Hj.', 'D'],
      withOrganisations: false,
      days: 1,
      roles: [],
      mode: 'daftar-terlampir'
    })
    const meeting = snapshot.meetings[0]
    const doc = meeting ? meetingDocuments(snapshot, meeting).find((d) => d.fileName.startsWith('Kesimpulan')) : undefined
    if (!doc) throw new Error('Kesimpulan tidak dibuat')
    expect(await alone(doc.fileName, doc.layout)).toEqual([])
  })

  it('the demo Notulen: the heading "G. Penutup" goes with its paragraph to the signatures\' page, no page left with a heading only', async () => {
    const snapshot = await buildDemoSnapshot()
    const meeting = snapshot.meetings[0]
    const doc = meeting ? meetingDocuments(snapshot, meeting).find((d) => d.fileName.startsWith('Notulen')) : undefined
    if (!doc) throw new Error('Notulen tidak dibuat')
    const pages = await readPdf(await renderPdf(doc.layout, fonts))
    const pageOf = (text: string) => pages.findIndex((p) => p.items.some((i) => i.str.includes(text)))
    expect(pageOf('Rapat ditutup')).toBeGreaterThan(0)
    expect(pageOf('G. Penutup')).toBe(pageOf('Rapat ditutup'))
    expect(pages.at(-1)?.items.some((i) => i.str.includes('Rapat ditutup'))).toBe(true)
  })

  it('Notulen, F4, growing conclusions: the two signatures take the Penutup with them, in the DOCX too', async () => {
    const found: string[] = []
    for (let n = 0; n <= 12; n++) {
      const input = rakonInput({ minutes: { ...rakonMinutes, kesimpulan: [...rakonMinutes.kesimpulan, ...extra(n)] } })
      found.push(...(await alone(`Notulen +${n}`, notulenLayout(input))))
    }
    expect(found).toEqual([])
    const paras = await docxKeeps(notulenLayout(rakonInput()))
    const penutup = paras.findIndex((p) => p.text.startsWith('Rapat ditutup'))
    expect(penutup).toBeGreaterThan(0)
    expect(paras[penutup]?.keepNext).toBe(true)
  })

  it('Keputusan, 8 to 44 committee members: the lampiran signature takes the last row with it', async () => {
    const found: string[] = []
    for (let n = 8; n <= 44; n += 3) found.push(...(await alone(`Keputusan ${n}`, buildKeputusan(rakonKeputusan(n)))))
    expect(found).toEqual([])
  })
})
