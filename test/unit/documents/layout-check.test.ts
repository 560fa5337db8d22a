import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../shared/datafile'
import type { FontSet } from '../../../shared/documents'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import type { Finding } from '../../layout/check'
import { generatedOffice, officeShape } from '../../layout/offices'
import { checkSnapshot, pagesOfNames } from '../../layout/run'

/** The layout checker over the demo and a few generated offices (a small count here; `npm run layout-check -- --runs N` for more). */
let fonts: FontSet
let demo: Snapshot
beforeAll(async () => {
  fonts = await loadNodeFonts()
  demo = await buildDemoSnapshot()
}, 60_000)

const listed = (findings: readonly Finding[]) => findings.map((f) => `${f.kind}: ${f.document} hal. ${f.page}: ${f.detail}`)

describe('layout checker', () => {
  it('finds nothing to sign unread in the demo', async () => {
    expect(listed(await checkSnapshot(demo, fonts))).toEqual([])
  }, 60_000)

  it('finds nothing to sign unread in generated offices (level, paper, names, invitees, days, committee)', async () => {
    await fc.assert(
      fc.asyncProperty(officeShape({ maxInvitees: 60, maxRoles: 12, charsets: ['plain', 'latin'] }), async (shape) => {
        expect(listed(await checkSnapshot(generatedOffice(demo, shape), fonts))).toEqual([])
      }),
      { numRuns: 2, seed: 20191220 }
    )
  }, 120_000)

  it('keeps a Notulen whose bullet list crosses a page inside the margins (a kabupaten office on F4)', async () => {
    const shape = { level: 'kabupaten', paper: 'F4', officeCode: 'PKK-PROP', regionName: 'Nagari Koto Baru', ketuaName: 'Ny. Hj. Ketua', inviteeNames: ['Ny. A', 'Ny. B', 'Ny. C'], withOrganisations: false, days: 1, roles: [], mode: 'per-penerima' } as const
    expect(listed(await checkSnapshot(generatedOffice(demo, shape), fonts))).toEqual([])
  }, 60_000)

  it("finds a signer's page where the name stands on a line of its own, wrapped or not, not inside other text", () => {
    const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 5, height: 12 })
    const pages = [
      // "Ny. Ha" inside a sentence, and a column of a table row beside another
      { width: 595, height: 842, items: [item('Diundang Ny. Ha dan lainnya', 90, 100), item('Ny. Ha', 90, 200), item('Anggota', 300, 200)] },
      // the signature: the name alone, and a long name wrapped over two lines
      { width: 595, height: 842, items: [item('KETUA,', 350, 600), item('Ny. Ha', 360, 700), item('Ny. Seridiwaha Annijeseridi', 330, 730), item('Pu Suto', 360, 744)] }
    ]
    expect(pagesOfNames(pages, ['Ny.Ha'])).toEqual([1, 2])
    expect(pagesOfNames(pages, ['Ny.SeridiwahaAnnijeseridiPuSuto'])).toEqual([2])
    expect(pagesOfNames(pages, ['Ha'])).toEqual([])
  })
})
