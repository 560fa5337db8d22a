import { expect, test } from 'vitest'
import { rosterEntryNamed } from '@shared/meetings'

const roster = [
  { name: 'Ny. Hj. Nevi Irwan Prayitno', removed: false, walkIn: false },
  { name: 'Dr. Ir. H. Afrizal Syamsuddin, M.Si', removed: false, walkIn: false },
  { name: 'Rahmat Hidayat', removed: false, walkIn: true },
  { name: 'Ny. Hj. Yusnidar Nasrullah', removed: true, walkIn: false }
]

test('a person already on the day’s list is found whatever titles, degrees, case or spacing she is typed with', () => {
  expect(rosterEntryNamed(roster, 'Nevi Irwan Prayitno')?.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
  expect(rosterEntryNamed(roster, 'NY. HJ.  NEVI IRWAN PRAYITNO')?.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
  expect(rosterEntryNamed(roster, 'Afrizal Syamsuddin')?.name).toBe('Dr. Ir. H. Afrizal Syamsuddin, M.Si')
  expect(rosterEntryNamed(roster, 'Bapak Rahmat Hidayat, S.Kom')?.walkIn).toBe(true)
})

test('someone else, an empty name, and a row taken off the invitation list are not matches', () => {
  expect(rosterEntryNamed(roster, 'Nevi Irwanto')).toBeUndefined()
  expect(rosterEntryNamed(roster, '  ')).toBeUndefined()
  expect(rosterEntryNamed(roster, 'Yusnidar Nasrullah')).toBeUndefined()
})
