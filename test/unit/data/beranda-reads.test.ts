import 'fake-indexeddb/auto'
import { describe, expect, test } from 'vitest'
import { isUpcoming } from '../../../shared/meetings'
import { ketuaSigner } from '../../../shared/model'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { listLetters } from '../../../renderer/src/data/letters-repo'
import { createMeeting, listMeetings, upcomingMeetings } from '../../../renderer/src/data/meetings-repo'
import { replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { officeSummary } from '../../../renderer/src/data/summary'
import { generateOffice } from '../../fixtures/ten-year-office'
import { freshName } from './letters-support'

const meeting = (title: string, dates: string[]) => ({
  title,
  kind: 'rapat-konsultasi' as const,
  dates,
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB' as const,
  place: 'Aula Kantor TP PKK Provinsi Sumatera Barat',
  agenda: [],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: ''
})

describe("Beranda reads only what it shows", () => {
  test('the five soonest meetings still to come, read from the index of their days, are those the whole list gives', async () => {
    const db = new PkkDatabase(freshName('beranda-rapat'))
    const today = '2019-12-10'
    // Past meetings, one ending today, one that began before today and runs past it, two on one day, and later ones.
    const plans: [string, string[]][] = [
      ['Rapat Pleno Januari', ['2019-01-15']],
      ['Rapat Kerja Daerah', ['2019-12-08', '2019-12-09']],
      ['Pelatihan Kader (hari ini selesai)', ['2019-12-09', '2019-12-10']],
      ['Jambore Kader', ['2019-12-05', '2019-12-12']],
      ['Rapat Konsultasi OPD', ['2019-12-20']],
      ['Rapat Pokja I', ['2019-12-20']],
      ['Rapat Pokja II', ['2020-01-07']],
      ['Rapat Pokja III', ['2020-02-03', '2020-02-04']],
      ['Rapat Pokja IV', ['2020-03-10']],
      ['Rakerda 2020', ['2020-04-01']]
    ]
    for (const [i, [title, dates]] of plans.entries()) await createMeeting(db, meeting(title, dates), new Date(Date.UTC(2019, 11, 1, 0, i)))
    const whole = (await listMeetings(db)).filter((m) => isUpcoming(m.dates, today)).reverse()
    const next = await upcomingMeetings(db, today, 5)
    expect(next.map((m) => m.title)).toEqual(whole.slice(0, 5).map((m) => m.title))
    expect(next.map((m) => m.title)).toEqual(['Jambore Kader', 'Pelatihan Kader (hari ini selesai)', 'Rapat Konsultasi OPD', 'Rapat Pokja I', 'Rapat Pokja II'])
    expect((await upcomingMeetings(db, '2020-03-11', 5)).map((m) => m.title)).toEqual(['Rakerda 2020'])
    expect(await upcomingMeetings(db, '2020-04-02', 5)).toEqual([])
  })

  test("the office's counts: the year's letters and its cancelled ones counted from index keys, and the last letter", async () => {
    const db = new PkkDatabase(freshName('beranda-ringkasan'))
    const office = generateOffice({ years: 1, letters: 2000, people: 40, organisations: 7 }, 11)
    await replaceAll(db, office)
    const year = await listLetters(db, { year: 2016 })
    const summary = await officeSummary(db, 2016)
    expect(summary.lettersThisYear).toBe(2000)
    expect(summary.cancelledThisYear).toBe(year.filter((l) => l.status === 'batal').length)
    expect(summary.cancelledThisYear).toBeGreaterThan(0)
    expect([summary.people, summary.organisations]).toEqual([office.people.length, office.organisations.length])
    const lastDate = year.map((l) => l.date).sort().at(-1)
    expect(summary.lastLetter?.date).toBe(lastDate)
    expect(await officeSummary(db, 2017)).toMatchObject({ lettersThisYear: 0, cancelledThisYear: 0 })
  })
})
