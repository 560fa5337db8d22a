import { existsSync } from 'node:fs'

/** The flags every headless Chromium of the end-to-end tests, the bench and the drill starts with. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/** Debian's Chromium, or the one CHROME_PATH names. */
export function chromePath(): string {
  const p = process.env['CHROME_PATH'] ?? '/usr/bin/chromium'
  if (!existsSync(p)) throw new Error(`Chromium tidak ditemukan di ${p}; pasang dengan apt-get install chromium atau set CHROME_PATH`)
  return p
}
