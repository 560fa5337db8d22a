import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { keepGuard, writeGuard } from '../../../renderer/src/data/guard'
import { issueLetter } from '../../../renderer/src/data/letters-repo'
import { officeSession, setSession } from '../../../renderer/src/data/session'
import { installFakeWindow } from '../support/fake-window'
import { freshName, letterInput, seedOffice } from './letters-support'

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
let fake: ReturnType<typeof installFakeWindow>
let stop: (() => void) | undefined

beforeEach(() => {
  fake = installFakeWindow()
  setSession(officeSession)
})
afterEach(() => stop?.())

describe('the guard record outside the database', () => {
  test('holds a number issued in the middle of steady autosaving, long before the activity stops', async () => {
    const db = new PkkDatabase(freshName('penjaga'))
    await seedOffice(db)
    await writeGuard(db)
    stop = keepGuard(db, 800, 3_000)
    const autosave = setInterval(() => void db.profile.update('office', { updatedAt: new Date().toISOString() }), 100)
    try {
      await sleep(300)
      const letter = await issueLetter(db, letterInput('SKR', '2019-12-17'))
      // Autosave goes on; the number must be outside the database well before it stops.
      await sleep(400)
      expect(fake.guard.record?.letters.map((l) => l.number)).toContain(letter.number)
      expect(Object.values(fake.guard.record?.counters ?? {})).toContain(1)
    } finally {
      clearInterval(autosave)
    }
  })

  test('other changes are gathered, but steady activity never postpones the record past the longest wait', async () => {
    const db = new PkkDatabase(freshName('penjaga'))
    await seedOffice(db)
    await writeGuard(db)
    stop = keepGuard(db, 300, 1_000)
    const first = fake.guard.record?.updatedAt
    await sleep(20)
    const autosave = setInterval(() => void db.people.put({ id: `p${Date.now()}`, name: 'Ny. Uji', position: '', organisationId: undefined, phone: '', email: '', groupIds: [], notes: '', createdAt: '', updatedAt: '' } as never), 100)
    try {
      await sleep(1_600)
      expect(fake.guard.record?.updatedAt).not.toBe(first)
      expect(fake.guard.record?.counts.people).toBeGreaterThan(0)
    } finally {
      clearInterval(autosave)
    }
  })
})
