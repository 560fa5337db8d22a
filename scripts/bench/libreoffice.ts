import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** soffice from SOFFICE or the PATH; null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const fromEnv = process.env['SOFFICE']
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    for (const name of ['soffice', 'soffice.exe']) {
      const p = join(dir, name)
      if (dir && existsSync(p)) return p
    }
  }
  return null
}

/**
 * The status quo: a secretary's DOCX turned into PDF by LibreOffice, one `soffice --convert-to pdf`
 * per document (what a script or "Export as PDF" in a fresh LibreOffice does). Its own profile
 * folder keeps it away from a LibreOffice the user has open.
 */
export class LibreOffice {
  private readonly profile: string

  constructor(
    readonly bin: string,
    private readonly dir: string
  ) {
    this.profile = pathToFileURL(join(dir, 'profile')).href
  }

  async version(): Promise<string> {
    const { stdout } = await run(this.bin, ['--version'], { timeout: 60_000 })
    return stdout.trim().split('\n')[0] ?? ''
  }

  /** Milliseconds for one conversion, start of soffice to its exit, the PDF checked to exist. */
  async convert(name: string, bytes: Uint8Array | string): Promise<number> {
    const inDir = join(this.dir, 'in')
    const outDir = join(this.dir, 'out')
    await mkdir(inDir, { recursive: true })
    await mkdir(outDir, { recursive: true })
    const file = join(inDir, name)
    await writeFile(file, bytes)
    const pdf = join(outDir, name.replace(/\.[^.]+$/, '.pdf'))
    await rm(pdf, { force: true })
    const t = performance.now()
    await run(this.bin, [`-env:UserInstallation=${this.profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', outDir, file], {
      timeout: 180_000
    })
    const ms = performance.now() - t
    if (!(await stat(pdf).catch(() => null))) throw new Error(`LibreOffice tidak menghasilkan ${pdf}`)
    return ms
  }

  /** The first run creates the profile (slow, once per machine); a plain-text file shows the start-up cost alone. */
  async warmUp(): Promise<number> {
    await this.convert('siapkan.txt', 'Sekretariat PKK\n')
    return this.convert('awal.txt', 'Sekretariat PKK\n')
  }
}
