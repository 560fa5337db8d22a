import type { Page } from 'playwright-core'
import { screenshot, visible } from './browser'

/** The meja registrasi's search box: the mode is on and locked. */
export const kioskSearch = (page: Page) => page.getByLabel('Ketik nama, instansi, atau kode pada undangan Anda')

/** Daftar hadir step > "Buka meja registrasi", the PIN typed twice. */
export async function startRegistration(page: Page, pin: string): Promise<void> {
  await page.getByRole('form', { name: 'Daftar Hadir' }).getByRole('button', { name: 'Buka meja registrasi' }).click()
  const dialog = page.getByRole('dialog', { name: 'Buka meja registrasi' })
  await visible(dialog)
  await dialog.getByLabel('PIN sekretaris (4–12 angka)').fill(pin)
  await dialog.getByLabel('Ulangi PIN').fill(pin)
  await dialog.getByRole('button', { name: 'Mulai meja registrasi' }).click()
  await visible(kioskSearch(page), 30_000)
}

/**
 * A signature drawn with the mouse, as a hand would: pointer down, a wavy line across the pad in small
 * moves, up; then a short second stroke. `seed` varies the shape from person to person.
 */
export async function drawSignature(page: Page, seed: number): Promise<void> {
  const pad = page.getByTestId('pad')
  const box = await pad.boundingBox()
  if (!box) throw new Error('Kotak tanda tangan tidak terlihat')
  const x0 = box.x + box.width * 0.12
  const y0 = box.y + box.height * 0.55
  await page.mouse.move(x0, y0)
  await page.mouse.down()
  const steps = 30
  for (let i = 1; i <= steps; i++) {
    const t = i / steps
    const x = x0 + t * box.width * (0.55 + (seed % 5) * 0.05)
    const y = y0 + Math.sin(t * Math.PI * (2 + (seed % 3))) * box.height * 0.22
    await page.mouse.move(x, y)
  }
  await page.mouse.up()
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.75, { steps: 6 })
  await page.mouse.up()
}

/** Signs on the pad and saves; resolves once "Terima kasih" is shown (the check-in is committed), back at the search. */
export async function signAndSave(page: Page, seed: number, shot?: string): Promise<void> {
  await drawSignature(page, seed)
  if (shot) await screenshot(page, `${shot}-tanda-tangan`)
  await page.getByRole('button', { name: 'Simpan tanda tangan' }).click()
  await visible(page.getByRole('heading', { name: 'Terima kasih' }))
  if (shot) await screenshot(page, `${shot}-terima-kasih`)
  await page.getByRole('button', { name: 'Selesai' }).click()
  await visible(kioskSearch(page))
}

/** Finds a participant by what is typed and opens her line (the result whose name is exactly `name`). */
export async function findAndPick(page: Page, typed: string, name: string): Promise<void> {
  await kioskSearch(page).fill(typed)
  const result = page.locator('.kiosk-result').filter({ has: page.locator('.kiosk-result-name').getByText(name, { exact: true }) })
  await visible(result)
  await result.first().click()
}

export interface StoredCheckIns {
  rows: { id: string; inviteeId?: string; name: string; status: string; delegateName: string; arrivedAt?: string }[]
  signatures: { attendanceId: string; width: number; height: number; strokes: number[][] }[]
}

/** What the practice database holds for the day, read straight from IndexedDB. */
export async function storedCheckIns(page: Page, dbName: string): Promise<StoredCheckIns> {
  return page.evaluate(
    (name) =>
      new Promise<StoredCheckIns>((ok, fail) => {
        const req = indexedDB.open(name)
        req.onerror = () => fail(req.error)
        req.onsuccess = () => {
          const db = req.result
          // Attendance is stored packed per meeting (database version 9).
          const tx = db.transaction(['attendanceLists', 'signatures'], 'readonly')
          const a = tx.objectStore('attendanceLists').getAll()
          const s = tx.objectStore('signatures').getAll()
          tx.oncomplete = () => {
            db.close()
            ok({ rows: (a.result as { rows: StoredCheckIns['rows'] }[]).flatMap((l) => l.rows), signatures: s.result as StoredCheckIns['signatures'] })
          }
          tx.onerror = () => fail(tx.error)
        }
      }),
    dbName
  )
}

/** Every visible button, link and text field of the screen smaller than `min` px on a side. */
export async function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((m) => {
    const out: string[] = []
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, canvas'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      if (r.width < m || r.height < m) out.push(`${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}” ${Math.round(r.width)}x${Math.round(r.height)}`)
    }
    return out
  }, min)
}
