import { expect, test } from 'vitest'
import { actionOwner, carriedAgendaLine, carryIntoAgenda, groupByOwner, isOverdue, nextMeeting, NO_OWNER } from '../../../shared/meetings'
import type { ActionItem } from '../../../shared/model'

const organisations = new Map([
  ['bappeda', { name: 'Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat' }],
  ['dinkes', { name: 'Dinas Kesehatan Provinsi Sumatera Barat' }]
])
const people = new Map([
  ['kadis', { name: 'dr. Hj. Elvi Suryani, M.Kes', organisationId: 'dinkes' }],
  ['tamu', { name: 'Ny. Rina' }]
])
const item = (what: string, extra: Partial<ActionItem> = {}): ActionItem => ({
  id: what,
  meetingId: 'rakon',
  what,
  ownerText: '',
  due: '',
  status: 'terbuka',
  createdAt: '2019-12-20T03:00:00.000Z',
  updatedAt: '2019-12-20T03:00:00.000Z',
  ...extra
})

test('a follow-up belongs to its OPD; a person of an OPD is listed under that OPD', () => {
  expect(actionOwner(item('a', { organisationId: 'bappeda' }), organisations, people).label).toBe('Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat')
  expect(actionOwner(item('b', { personId: 'kadis' }), organisations, people)).toEqual({ key: 'o:dinkes', label: 'Dinas Kesehatan Provinsi Sumatera Barat' })
  expect(actionOwner(item('c', { personId: 'tamu' }), organisations, people).label).toBe('Ny. Rina')
  expect(actionOwner(item('d', { ownerText: 'Panitia Lomba' }), organisations, people).label).toBe('Panitia Lomba')
  expect(actionOwner(item('e'), organisations, people).label).toBe(NO_OWNER)
})

test('grouped per OPD by name, items by due date (none last), the ownerless group last', () => {
  const groups = groupByOwner(
    [
      item('x', { organisationId: 'dinkes', due: '' }),
      item('y', { personId: 'kadis', due: '2020-03-31' }),
      item('z', { organisationId: 'bappeda', due: '2020-01-31' }),
      item('w')
    ],
    organisations,
    people
  )
  expect(groups.map((g) => [g.label, g.items.map((i) => i.what)])).toEqual([
    ['Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat', ['z']],
    ['Dinas Kesehatan Provinsi Sumatera Barat', ['y', 'x']],
    [NO_OWNER, ['w']]
  ])
})

test('overdue: open and past its date on the office clock', () => {
  expect(isOverdue(item('a', { due: '2020-01-31' }), '2020-02-01')).toBe(true)
  expect(isOverdue(item('a', { due: '2020-01-31' }), '2020-01-31')).toBe(false)
  expect(isOverdue(item('a', { due: '2020-01-31', status: 'selesai' }), '2020-02-01')).toBe(false)
  expect(isOverdue(item('a'), '2030-01-01')).toBe(false)
})

test('carried items are appended to the next agenda once, and the agenda keeps its limit', () => {
  const line = carriedAgendaLine('Menyampaikan program  2020', 'Bappeda')
  expect(line).toBe('Tindak lanjut: Menyampaikan program 2020 (Bappeda)')
  expect(carryIntoAgenda(['Pembukaan'], [line, line])).toEqual(['Pembukaan', line])
  expect(carryIntoAgenda(['Pembukaan', line], [line])).toEqual(['Pembukaan', line])
  expect(carriedAgendaLine('x', NO_OWNER)).toBe('Tindak lanjut: x')
  expect(() => carryIntoAgenda(Array.from({ length: 50 }, (_, i) => `a${i}`), ['baru'])).toThrow(/paling banyak 50/)
})

test('the next meeting is the first one starting after this one ends', () => {
  const rakon = { id: 'rakon', dates: ['2019-12-20'] }
  const meetings = [rakon, { id: 'feb', dates: ['2020-02-14'] }, { id: 'jan', dates: ['2020-01-10', '2020-01-11'] }, { id: 'old', dates: ['2019-11-01'] }]
  expect(nextMeeting(meetings, rakon)?.id).toBe('jan')
  expect(nextMeeting(meetings, { id: 'feb', dates: ['2020-02-14'] })).toBeUndefined()
})
