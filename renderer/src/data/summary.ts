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
  return db.transaction('r', db.people, db.organisations, db.groups, db.letters, async () => {
    const ofYear = db.letters.where('year').equals(year)
    const last = await db.letters.orderBy('date').last()
    return {
      people: await db.people.count(),
      organisations: await db.organisations.count(),
      groups: await db.groups.count(),
      lettersThisYear: await ofYear.count(),
      cancelledThisYear: await ofYear.clone().filter((l) => l.status === 'batal').count(),
      lastLetter: last ? { number: last.number, date: last.date, perihal: last.perihal } : null
    }
  })
}

export const useOfficeSummary = (year: number) => useLiveQuery(() => officeSummary(getDb(), year), [year])
