import { useLiveQuery } from 'dexie-react-hooks'
import { getDb, type PkkDatabase } from './db'

export interface OfficeSummary {
  people: number
  organisations: number
  groups: number
  lettersThisYear: number
  cancelledThisYear: number
  lastLetter: { number: string; date: string; perihal: string } | null
}

export async function officeSummary(db: PkkDatabase, year: number): Promise<OfficeSummary> {
  // Counts from the indexes (no record read but the last letter), asked together: one round trip.
  return db.transaction('r', db.people, db.organisations, db.groups, db.letters, async () => {
    const [people, organisations, groups, yearKeys, cancelledKeys, last] = await Promise.all([
      db.people.count(),
      db.organisations.count(),
      db.groups.count(),
      db.letters.where('year').equals(year).primaryKeys(),
      db.letters.where('status').equals('batal').primaryKeys(),
      db.letters.orderBy('date').last()
    ])
    const batal = new Set(cancelledKeys)
    return {
      people,
      organisations,
      groups,
      lettersThisYear: yearKeys.length,
      cancelledThisYear: yearKeys.filter((k) => batal.has(k)).length,
      lastLetter: last ? { number: last.number, date: last.date, perihal: last.perihal } : null
    }
  })
}

export const useOfficeSummary = (year: number) => useLiveQuery(() => officeSummary(getDb(), year), [year])
