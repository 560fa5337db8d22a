import { beforeAll, describe, expect, it } from 'vitest'
import { buildUndangan, renderPdf, type FontSet } from '../../../shared/documents'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { rakonUndangan, readPdf } from './support'

/** The Tembusan never stands on a page of its own: it goes with the signature (and the closing before it). */
let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
}, 60_000)

describe('Tembusan', () => {
  it('shares its page with the signer, however far down the signature ends (A4 and F4, 0 to 14 more agenda lines)', async () => {
    const base = rakonUndangan()
    const alone: string[] = []
    let crossed = 0
    for (const paper of ['A4', 'F4'] as const)
      for (let n = 0; n <= 14; n++) {
        const data = {
          ...base,
          page: { paper },
          meeting: { ...base.meeting, acara: [...base.meeting.acara, ...Array.from({ length: n }, (_, i) => `Pembahasan program kerja bidang ${i + 1} tahun 2020`)] }
        }
        const pages = await readPdf(await renderPdf(buildUndangan(data), fonts))
        const pageOf = (text: string) => pages.findIndex((p) => p.items.some((i) => i.str.includes(text)))
        if (pages.length > 1) crossed++
        if (pageOf('Tembusan:') !== pageOf(base.signer.name)) alone.push(`${paper} +${n}: Tembusan hal. ${pageOf('Tembusan:') + 1}, tanda tangan hal. ${pageOf(base.signer.name) + 1}`)
      }
    expect(alone).toEqual([])
    // The letters grew past one page: the rule was tested where it matters.
    expect(crossed).toBeGreaterThan(4)
  }, 120_000)
})
