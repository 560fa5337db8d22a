import { execFile } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const SOFFICE = process.env.SOFFICE ?? '/usr/bin/soffice'

/**
 * DOCX files laid out by LibreOffice into PDFs in `outDir` (same base names), several per call for
 * speed, each call with its own profile (`profileDir`) so that it neither waits for nor disturbs a
 * LibreOffice the user has open. Returns the PDF path of each input, in order.
 */
export async function convertDocxToPdf(files: readonly string[], outDir: string, profileDir: string, timeoutMs = 600_000): Promise<string[]> {
  await mkdir(outDir, { recursive: true })
  if (files.length === 0) return []
  await run(SOFFICE, [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024
  })
  return files.map((f) => join(outDir, basename(f).replace(/\.docx$/i, '.pdf')))
}
