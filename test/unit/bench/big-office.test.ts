import { expect, test } from 'vitest'
import { readDataFile, toDataFile } from '@shared/datafile'
import { generateBigOffice } from '../../../scripts/bench/big-office'

test('the generated office with meetings and attendance is a data file the app accepts', () => {
  const office = generateBigOffice({ years: 2, letters: 400, people: 200, organisations: 20 }, { meetings: 12, attendance: 800 })
  const s = office.snapshot
  expect(s.meetings).toHaveLength(12)
  expect(s.attendance).toHaveLength(800)
  expect(s.invitees.filter((i) => i.meetingId === office.meeting65.id)).toHaveLength(65)
  expect(s.documents.every((d) => d.letterId && s.letters.some((l) => l.id === d.letterId && l.meetingId === d.meetingId))).toBe(true)
  const read = readDataFile(JSON.stringify(toDataFile(s, 'test')))
  expect(read.ok ? [] : read.problems.slice(0, 3)).toEqual([])
})
