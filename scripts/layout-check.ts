// npm run layout-check -- --runs N [--seed S] [--max-invitees M] [--keep]: the layout checker over the demo and N generated
// offices; a summary (findings per kind, the offices that had any) goes to out/layout-check/summary.json.
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { countByKind, type Finding } from '../test/layout/check'
import { generatedOffice, officeShape } from '../test/layout/offices'
import { checkSnapshot } from '../test/layout/run'
import { buildDemoSnapshot } from './lib/demo-office'
import { loadNodeFonts } from './lib/node-fonts'

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN
  return Number.isFinite(v) ? v : fallback
}

async function main() {
  const runs = option('runs', 10)
  const seed = option('seed', Date.now() % 1_000_000)
  const maxInvitees = option('max-invitees', 500)
  const keepFiles = process.argv.includes('--keep')
  const outDir = resolve('out/layout-check')
  await mkdir(outDir, { recursive: true })
  const fonts = await loadNodeFonts()
  const base = await buildDemoSnapshot()
  const keep = (dir: string) => (keepFiles ? async (name: string, pdf: Uint8Array) => {
    await mkdir(join(outDir, dir), { recursive: true })
    await writeFile(join(outDir, dir, `${name.slice(0, 80)}.pdf`), pdf)
  } : undefined)
  const demo = await checkSnapshot(base, fonts, keep('demo'))
  console.log(`demo: ${demo.length} temuan`)
  const offices: { run: number; shape: unknown; findings: Finding[] }[] = []
  const shapes = fc.sample(officeShape({ maxInvitees }), { numRuns: runs, seed })
  for (const [run, shape] of shapes.entries()) {
    const findings = await checkSnapshot(generatedOffice(base, shape), fonts, keep(`kantor-${run}`))
    const summary = { ...shape, inviteeNames: shape.inviteeNames.length, roles: shape.roles.length }
    console.log(`kantor ${run}: ${JSON.stringify(summary)} -> ${findings.length} temuan`)
    offices.push({ run, shape: summary, findings })
  }
  const all = [...demo, ...offices.flatMap((o) => o.findings)]
  const summary = { seed, runs, counts: countByKind(all), demo, offices: offices.filter((o) => o.findings.length > 0) }
  await writeFile(join(outDir, 'summary.json'), JSON.stringify(summary, null, 1))
  console.log(JSON.stringify(summary.counts))
  console.log(`Ringkasan: ${join(outDir, 'summary.json')}`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
