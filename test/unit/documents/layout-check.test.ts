import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../shared/datafile'
import type { FontSet } from '../../../shared/documents'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import type { Finding } from '../../layout/check'
import { generatedOffice, officeShape } from '../../layout/offices'
import { checkSnapshot } from '../../layout/run'

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
})
