import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../shared/datafile'
import type { FontSet } from '../../../shared/documents'
import { buildDemoSnapshot } from '../../../scripts/lib/demo-office'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import type { Finding } from '../../layout/check'
import { generatedOffice, officeShape } from '../../layout/offices'
import { checkSnapshot } from '../../layout/run'

/**
 * The layout checker over the demo and a few generated offices (a small count here; `npm run
 * layout-check -- --runs N` for more). Text outside the margins is reported but not yet failed on:
 * pdfmake gives indented paragraphs after a list item that crossed a page the full text width
 * (docs/formats.md, "Known limits").
 */
let fonts: FontSet
let demo: Snapshot
beforeAll(async () => {
  fonts = await loadNodeFonts()
  demo = await buildDemoSnapshot()
}, 60_000)

const signed = (findings: readonly Finding[]) => findings.filter((f) => f.kind !== 'outside-margins').map((f) => `${f.kind}: ${f.document} hal. ${f.page}: ${f.detail}`)

describe('layout checker', () => {
  it('finds nothing to sign unread in the demo', async () => {
    const findings = await checkSnapshot(demo, fonts)
    expect(signed(findings)).toEqual([])
    expect(findings.filter((f) => f.kind === 'outside-margins')).toEqual([])
  }, 60_000)

  it('finds nothing to sign unread in generated offices (level, paper, names, invitees, days, committee)', async () => {
    await fc.assert(
      fc.asyncProperty(officeShape({ maxInvitees: 60, maxRoles: 12 }), async (shape) => {
        expect(signed(await checkSnapshot(generatedOffice(demo, shape), fonts))).toEqual([])
      }),
      { numRuns: 2, seed: 20191220 }
    )
  }, 120_000)
})
