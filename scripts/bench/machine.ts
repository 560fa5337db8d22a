import { readFile } from 'node:fs/promises'
import { cpus, loadavg, platform, release, totalmem } from 'node:os'
import { join } from 'node:path'

export interface Machine {
  cpu: string
  cores: number
  ramGb: number
  os: string
  node: string
  chromium?: string
  libreOffice?: string
  /** Versions of the libraries that do the work, as installed. */
  libraries: Record<string, string>
  /** 1-minute load average when the run started and ended: above the core count, other work was competing. */
  load: { start: number; end?: number }
}

/**
 * Other processes were competing for the CPU: timings are inflated. At the end the bench's own
 * Node and Chromium count in the load (about 2), hence the allowance there.
 */
export function wasBusy(m: Machine): boolean {
  return m.load.start > m.cores || (m.load.end ?? 0) > m.cores + 2
}

export const loadNow = (): number => Math.round((loadavg()[0] ?? 0) * 10) / 10

const LIBRARIES = ['pdfmake', 'pdfkit', 'fontkit', 'docx', 'dexie', 'react', 'zod', 'exceljs']

async function installedVersion(root: string, name: string): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }
    return pkg.version ?? '?'
  } catch {
    return 'absent'
  }
}

export async function describeMachine(root: string): Promise<Machine> {
  const list = cpus()
  const libraries: Record<string, string> = {}
  for (const name of LIBRARIES) libraries[name] = await installedVersion(root, name)
  return {
    cpu: (list[0]?.model ?? 'unknown').trim(),
    cores: list.length,
    ramGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    libraries,
    load: { start: loadNow() }
  }
}

export function machineLine(m: Machine): string {
  return [
    `${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}`,
    `Node ${m.node}`,
    m.chromium ? `Chromium ${m.chromium}` : '',
    m.libreOffice ? m.libreOffice : '',
    `load ${m.load.start}${m.load.end !== undefined ? `→${m.load.end}` : ''}${wasBusy(m) ? ' (BUSY: other processes competed, timings inflated)' : ''}`
  ]
    .filter(Boolean)
    .join(' · ')
}
