import { readFile } from 'node:fs/promises'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { demoPhoto } from '../../scripts/lib/demo-photos'
import { pageText, readPdf } from '../unit/documents/support'
import { loseOfficeDatabase, openApp, screenshot, visible, type Harness } from './support/browser'
import { fillSumbarProfile } from './support/profile'
import { createRakon } from './support/sample'
import { openStep } from './support/steps'
import { downloadFile } from './support/download'

/**
 * Photos after the office's database is lost (docs/drills.md "Photos after a loss"): recovered from the
 * change journal they come back from the photo store; a backup file saved by hand with "Sertakan foto"
 * brings them to another computer; one saved without them names them and lets her put them back.
 */

let h: Harness
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const CAPTIONS = ['Pembukaan oleh Ketua TP PKK', 'Sambutan Kepala Dinas', 'Foto bersama peserta']
const MEETING = /Rapat Konsultasi Tim Penggerak PKK/
const panel = (page: Page) => page.getByRole('tabpanel', { name: /^Laporan kegiatan/ })
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true }).click()

async function openLaporan(page: Page): Promise<void> {
  await nav(page, 'Rapat')
  await page.getByRole('link', { name: MEETING }).first().click()
  await visible(page.getByRole('heading', { level: 1, name: MEETING }))
  await openStep(page, 'Laporan kegiatan')
}

/** Each photo row's picture: loaded and drawn (its natural width), or the box that says it is missing. */
async function photoStates(page: Page): Promise<string[]> {
  const rows = panel(page).getByRole('list', { name: 'Daftar foto' }).getByRole('listitem')
  await visible(rows.first())
  await page.waitForFunction(() => document.querySelectorAll('.photo-row .photo-empty:not(.photo-missing)').length === 0)
  return rows.evaluateAll((items) =>
    items.map((li) => {
      const img = li.querySelector('img')
      if (img) return img.complete && img.naturalWidth > 0 ? 'foto' : 'rusak'
      return li.querySelector('.photo-missing') ? 'hilang' : '?'
    })
  )
}

async function imagesOnLastPage(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise
  const ops = await (await doc.getPage(doc.numPages)).getOperatorList()
  await doc.destroy()
  return ops.fnArray.filter((f) => f === OPS.paintImageXObject).length
}

async function savePdf(page: Page): Promise<Uint8Array> {
  return (await downloadFile(page, () => panel(page).getByRole('button', { name: 'Simpan PDF laporan', exact: true }).click(), 120_000)).bytes
}

test('the database lost with no backup taken: "Pulihkan dari jurnal" brings the meeting back with its photos', async () => {
  const { page } = h
  await fillSumbarProfile(page)
  await createRakon(page)
  await openStep(page, 'Laporan kegiatan')
  const p = panel(page)
  await p.getByLabel('Tambah foto').setInputFiles(CAPTIONS.map((_, i) => ({ name: `foto-${i + 1}.png`, mimeType: 'image/png', buffer: Buffer.from(demoPhoto(i)) })))
  await visible(p.getByText('3 foto ditambahkan.'))
  for (const [i, caption] of CAPTIONS.entries()) {
    const field = p.getByLabel(`Keterangan foto ${i + 1}`, { exact: true })
    await field.fill(caption)
    await field.blur()
  }
  await expect.poll(() => p.getByLabel('Keterangan foto 3', { exact: true }).inputValue()).toBe(CAPTIONS[2])
  // The caption's journal entry follows its transaction.
  await page.waitForTimeout(1_000)

  await loseOfficeDatabase(page)
  const guard = page.getByRole('alert', { name: 'Data hilang' })
  await visible(guard.getByTestId('journal-summary'))
  await guard.getByRole('button', { name: 'Pulihkan dari jurnal' }).click()
  const result = page.getByRole('status', { name: 'Hasil pemulihan' })
  await visible(result)
  expect(await result.getByTestId('foto-hilang').count()).toBe(0)
  await result.getByRole('button', { name: 'Buka aplikasi' }).click()

  await openLaporan(page)
  expect(await photoStates(page)).toEqual(['foto', 'foto', 'foto'])
  expect(await panel(page).getByLabel('Keterangan foto 3', { exact: true }).inputValue()).toBe(CAPTIONS[2])
  // The Laporan Kegiatan prints them: the photo page holds the three pictures, no box.
  const pdf = await savePdf(page)
  expect(await imagesOnLastPage(pdf)).toBe(3)
  expect((await readPdf(pdf)).map(pageText).join(' ')).not.toContain('Foto tidak ditemukan')
}, 240_000)

test('a backup file saved by hand: without photos it names them on another computer and she puts one back; with "Sertakan foto" (.pkkzip) they all come back', async () => {
  const { page } = h
  await nav(page, 'Pengaturan')
  const backups = page.getByRole('region', { name: 'Cadangan data' })
  const include = backups.getByRole('checkbox', { name: /^Sertakan foto \(3 berkas/ })
  await visible(include)

  const save = async () => {
    const [d] = await Promise.all([page.waitForEvent('download'), backups.getByRole('button', { name: 'Simpan cadangan ke berkas…' }).click()])
    return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) }
  }
  await include.uncheck()
  const plain = await save()
  expect(plain.name).toMatch(/^Cadangan Sekretariat PKK \d{4}-\d{2}-\d{2}\.json$/)
  await visible(backups.getByText(/disimpan tanpa foto/))
  await include.check()
  const withPhotos = await save()
  expect(withPhotos.name).toMatch(/^Cadangan Sekretariat PKK \d{4}-\d{2}-\d{2}\.pkkzip$/)
  await visible(backups.getByText('Berkas cadangan disimpan bersama 3 foto dan pindaian (.pkkzip).'))

  // Another computer: a fresh browser profile, no photo store, no journal.
  const other = await openApp()
  try {
    const q = other.page
    await nav(q, 'Pengaturan')
    const there = q.getByRole('region', { name: 'Cadangan data' })
    await there.getByTestId('restore-file').setInputFiles({ name: plain.name, mimeType: 'application/json', buffer: plain.bytes })
    const dialog = q.getByRole('dialog', { name: 'Pulihkan data' })
    await visible(dialog.getByTestId('foto-hilang'))
    expect(await dialog.getByTestId('foto-hilang').textContent()).toBe('3 foto atau pindaian tidak dapat dipulihkan:')
    const named = await dialog.getByRole('listitem').filter({ hasText: 'tidak ada di folder cadangan' }).allTextContents()
    expect(named).toHaveLength(3)
    expect(named[0]).toMatch(/^Foto “Pembukaan oleh Ketua TP PKK” rapat “Rapat Konsultasi .*…” tidak ada di folder cadangan \(foto\/[0-9a-f]{64}\.jpg\); dipulihkan tanpa gambar\.$/)
    await screenshot(q, 'pulihkan-foto-hilang')
    await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
    await visible(there.getByText(/^Data dipulihkan\./))

    await openLaporan(q)
    expect(await photoStates(q)).toEqual(['hilang', 'hilang', 'hilang'])
    // The Laporan is still made: a box names each missing photo, and the screen says what it lacks.
    const boxed = (await readPdf(await savePdf(q))).map(pageText).join(' ')
    for (const [i, caption] of CAPTIONS.entries()) expect(boxed).toContain(`Foto ${i + 1} Foto tidak ditemukan: ${caption}`)
    await visible(panel(q).getByText(/dicetak sebagai kotak bertanda "tidak ditemukan": foto “Pembukaan oleh Ketua TP PKK”, foto “Sambutan Kepala Dinas”, foto “Foto bersama peserta”/))
    await q.evaluate(() => window.scrollTo(0, 0))
    await screenshot(q, 'laporan-foto-tidak-ditemukan')
    // She puts the second one back from her phone: its caption and place stay.
    await panel(q).getByLabel('Pasang lagi berkas foto 2').setInputFiles({ name: 'dari-hp.png', mimeType: 'image/png', buffer: Buffer.from(demoPhoto(1)) })
    await visible(panel(q).getByText('Berkas foto 2 dipasang.'))
    expect(await photoStates(q)).toEqual(['hilang', 'foto', 'hilang'])
    expect(await panel(q).getByLabel('Keterangan foto 2', { exact: true }).inputValue()).toBe(CAPTIONS[1])

    // The file saved with its photos brings every one back.
    await nav(q, 'Pengaturan')
    await there.getByTestId('restore-file').setInputFiles({ name: withPhotos.name, mimeType: 'application/zip', buffer: withPhotos.bytes })
    await visible(dialog)
    expect(await dialog.getByTestId('foto-hilang').count()).toBe(0)
    await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
    await visible(there.getByText(/^Data dipulihkan\./))
    await openLaporan(q)
    expect(await photoStates(q)).toEqual(['foto', 'foto', 'foto'])
    expect(await imagesOnLastPage(await savePdf(q))).toBe(3)
  } finally {
    await other.close()
  }
}, 300_000)
