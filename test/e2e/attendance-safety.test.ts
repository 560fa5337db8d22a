import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openApp, visible, type Harness } from './support/browser'
import { createRakon, inviteAllGroups, restoreSampleAsOffice } from './support/sample'
import { openStep } from './support/steps'

let h: Harness
let meetingUrl = ''
beforeAll(async () => {
  h = await openApp()
})
afterAll(async () => {
  await h.close()
})

const row = (table: Locator, n: number) => table.locator(`tbody tr[data-index="${n - 1}"]`)
const recapValue = async (page: Page, key: string) => Number(await page.getByTestId(`rekap-${key}`).locator('.value').textContent())

async function expectRecap(page: Page, expected: Record<string, number>): Promise<void> {
  const keys = Object.keys(expected)
  const deadline = Date.now() + 10_000
  let seen: Record<string, number> = {}
  while (Date.now() < deadline) {
    seen = Object.fromEntries(await Promise.all(keys.map(async (k) => [k, await recapValue(page, k)] as const)))
    if (keys.every((k) => seen[k] === expected[k])) break
    await page.waitForTimeout(100)
  }
  expect(seen).toEqual(expected)
}

async function openRecording(page: Page): Promise<Locator> {
  await openStep(page, 'Daftar hadir')
  await page.getByRole('form', { name: 'Daftar Hadir' }).getByRole('link', { name: 'Catat kehadiran' }).click()
  const table = page.getByRole('table', { name: 'Pencatatan kehadiran' })
  await visible(row(table, 1).locator('button[aria-pressed]:not([disabled])'))
  return table
}

async function backToMeeting(page: Page): Promise<void> {
  await page.getByRole('link', { name: /← Rapat Konsultasi/ }).click()
  await visible(page.getByRole('heading', { level: 1, name: /Rapat Konsultasi Tim Penggerak PKK/ }))
}

async function editMeeting(page: Page, change: (form: Locator) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Ubah data rapat' }).click()
  const form = page.getByRole('form', { name: 'Data rapat' })
  await visible(form)
  await change(form)
  await form.getByRole('button', { name: 'Simpan rapat' }).click()
}

/** After the meeting's data is saved the page opens on its first step; the recap is on the Daftar hadir step. */
async function toSheet(page: Page): Promise<void> {
  await visible(page.getByRole('heading', { level: 1, name: /Rapat Konsultasi Tim Penggerak PKK/ }))
  await openStep(page, 'Daftar hadir')
}

/** The attendance rows of the meeting as stored (IndexedDB), whatever the screens show. */
const storedRows = (page: Page, meetingId: string) =>
  page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('sekretariat-pkk')
      r.onsuccess = () => ok(r.result)
      r.onerror = () => fail(r.error)
    })
    // Attendance is stored packed per meeting (database version 9).
    const all = await new Promise<{ meetingId: string; day: string }[]>((ok, fail) => {
      const req = db.transaction('attendanceLists').objectStore('attendanceLists').getAll()
      req.onsuccess = () => ok((req.result as { rows: { meetingId: string; day: string }[] }[]).flatMap((l) => l.rows))
      req.onerror = () => fail(req.error)
    })
    db.close()
    return all.filter((r) => r.meetingId === id).map((r) => r.day)
  }, meetingId)

const ringkas = (page: Page) => page.getByTestId('rekap-ringkas').locator('p')

test('attendance recorded on the meeting day follows the day when the date is moved; a day with records is removed only when confirmed', async () => {
  const { page } = h
  // The office's own data (backups and restore are part of this file's checks; practice data has none).
  await restoreSampleAsOffice(page)
  await createRakon(page)
  await inviteAllGroups(page)
  meetingUrl = page.url()

  // 20 December: three present, one excused.
  let table = await openRecording(page)
  await row(table, 1).locator('td').nth(1).click()
  for (const key of ['h', 'h', 'h', 'i']) await page.keyboard.press(key)
  await expectRecap(page, { diundang: 65, hadir: 3, izin: 1, belum: 61 })
  await backToMeeting(page)
  const recorded = 'Diundang 65 orang; hadir 3 orang, 1 izin, 61 belum dicatat.'
  await expect.poll(() => ringkas(page).allTextContents()).toEqual([recorded])

  // The meeting moves a week: the records move with its day.
  await editMeeting(page, (form) => form.getByLabel('Tanggal 1').fill('2019-12-27'))
  await toSheet(page)
  await expect.poll(() => ringkas(page).allTextContents()).toEqual([recorded])
  table = await openRecording(page)
  await visible(page.getByText('Jumat, 27 Desember 2019'))
  await expectRecap(page, { diundang: 65, hadir: 3, izin: 1, belum: 61 })
  expect(await row(table, 4).locator('button[aria-pressed="true"]').textContent()).toContain('Izin')

  // A second day with one record, then that day removed: asked first, then gone with its record.
  await backToMeeting(page)
  await editMeeting(page, async (form) => {
    await form.getByRole('button', { name: 'Tambah hari' }).click()
    await form.getByLabel('Tanggal 2').fill('2019-12-28')
  })
  await toSheet(page)
  await page.getByRole('form', { name: 'Daftar Hadir' }).getByLabel('Hari').selectOption('2019-12-28')
  table = await openRecording(page)
  await visible(page.getByText('hari ke-2 dari 2', { exact: false }))
  await row(table, 1).locator('td').nth(1).click()
  await page.keyboard.press('h')
  await expectRecap(page, { hadir: 1, belum: 64 })
  await expect.poll(() => page.getByTestId('rekap-rapat').textContent()).toBe(`Seluruh rapat (2 hari): ${recorded}`)
  await backToMeeting(page)
  await editMeeting(page, (form) => form.getByRole('button', { name: 'Hapus', exact: true }).nth(1).click())
  const ask = page.getByRole('dialog', { name: 'Hapus hari rapat?' })
  await visible(ask)
  expect(await ask.textContent()).toContain('Hari ke-2 (Sabtu, 28 Desember 2019) sudah punya 1 catatan kehadiran. Hapus hari ini beserta catatannya?')
  await ask.getByRole('button', { name: 'Hapus hari dan catatannya' }).click()
  await toSheet(page)
  await expect.poll(() => ringkas(page).allTextContents()).toEqual([recorded])

  // The Notulen says the same, with those not yet recorded apart (not counted absent).
  await openStep(page, 'Notulen dan Kesimpulan')
  await page.getByRole('region', { name: 'Notulen dan kesimpulan' }).getByRole('link', { name: 'Tulis notulen' }).click()
  await expect.poll(() => page.getByTestId('notulen-peserta').textContent()).toBe(recorded)
}, 240_000)

test('an OPD with a head title over 200 characters: opening the attendance page writes nothing, and a backup with its record restores', async () => {
  const { page } = h
  await page.goto(meetingUrl)
  const meetingId = decodeURIComponent(/#\/rapat\/([^/]+)/.exec(meetingUrl)?.[1] ?? '')
  expect(meetingId).not.toBe('')
  const longHead = `Kepala ${'Dinas Pemberdayaan Perempuan dan Perlindungan Anak '.repeat(6)}`.slice(0, 300).trim()
  const longName = `Dinas ${'Pengendalian Penduduk dan Keluarga Berencana '.repeat(7)}`.slice(0, 290).trim()
  await page.evaluate(
    async ({ id, longHead, longName }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('sekretariat-pkk')
        r.onsuccess = () => ok(r.result)
        r.onerror = () => fail(r.error)
      })
      const tx = db.transaction(['organisations', 'inviteeLists'], 'readwrite')
      const at = '2019-12-10T02:00:00.000Z'
      const org = (oid: string, name: string, headTitle: string) => ({ id: oid, name, kind: 'opd', headTitle, address: '', phone: '', email: '', groupIds: [], createdAt: at, updatedAt: at })
      tx.objectStore('organisations').put(org('org-panjang', 'Dinas P3A Provinsi Sumatera Barat', longHead))
      tx.objectStore('organisations').put(org('org-tanpa-kepala', longName, ''))
      // Invitees are stored packed per meeting (database version 9): the meeting's one record gets the rows.
      const lists = tx.objectStore('inviteeLists')
      const got = lists.get(id)
      got.onsuccess = () => {
        const list = (got.result ?? { meetingId: id, rows: [], personIds: [], organisationIds: [] }) as { meetingId: string; rows: { key: string }[]; personIds: string[]; organisationIds: string[] }
        list.rows.push({ id: 'inv-panjang', meetingId: id, key: 'o:org-panjang', kind: 'organisation', organisationId: 'org-panjang', order: 1001, createdAt: at } as { key: string })
        list.rows.push({ id: 'inv-tanpa-kepala', meetingId: id, key: 'o:org-tanpa-kepala', kind: 'organisation', organisationId: 'org-tanpa-kepala', order: 1002, createdAt: at } as { key: string })
        list.organisationIds.push('org-panjang', 'org-tanpa-kepala')
        list.rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        lists.put(list)
      }
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok()
        tx.onerror = () => fail(tx.error)
      })
      db.close()
    },
    { id: meetingId, longHead, longName }
  )
  await page.reload()
  await visible(page.getByRole('heading', { name: 'Diundang (67)' }))

  const before = await storedRows(page, meetingId)
  expect(before).toHaveLength(4)
  const table = await openRecording(page)
  await visible(row(table, 67).locator('button[aria-pressed]:not([disabled])'))
  expect(await row(table, 66).textContent()).toContain(longHead)
  // Opened and shown: nothing written.
  expect(await storedRows(page, meetingId)).toHaveLength(4)
  await row(table, 66).locator('td').nth(1).click()
  await page.keyboard.press('h')
  await page.keyboard.press('w')
  await expectRecap(page, { diundang: 67, hadir: 4, diwakili: 1, izin: 1, belum: 61 })
  await expect.poll(() => storedRows(page, meetingId).then((r) => r.length)).toBe(6)

  // A backup file, restored: accepted whole.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengaturan' }).click()
  const panel = page.getByRole('region', { name: 'Cadangan data' })
  await visible(panel)
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Simpan cadangan ke berkas…' }).click()])
  const path = await download.path()
  await panel.getByTestId('restore-file').setInputFiles(path)
  const dialog = page.getByRole('dialog', { name: 'Pulihkan data' })
  await visible(dialog)
  expect(await dialog.getByTestId('restore-problems').count()).toBe(0)
  await dialog.getByRole('button', { name: 'Pulihkan', exact: true }).click()
  await visible(panel.getByText(/Data dipulihkan\./))
  expect(await storedRows(page, meetingId)).toHaveLength(6)
}, 240_000)
