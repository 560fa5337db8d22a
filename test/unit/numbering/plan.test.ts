import { describe, expect, test } from 'vitest'
import { planIssue, type NumberedEntry } from '@shared/numbering'

const e = (seq: number, date: string, insert = 0): NumberedEntry => ({
  seq,
  insert,
  date,
  number: `${seq}${insert ? String.fromCharCode(96 + insert) : ''}/KEP/PKK-PROP/XII/2019`
})

describe('planning the next number', () => {
  test('issues 296 after the 295 the office set as its last number before the app', () => {
    expect(planIssue([], 295, '2019-12-17')).toEqual({ kind: 'main', seq: 296, insert: 0 })
  })
  test('the first letter of a year is number 1', () => {
    expect(planIssue([], 0, '2020-01-02')).toEqual({ kind: 'main', seq: 1, insert: 0 })
  })
  test('a letter of the same date as the last one takes the next main number', () => {
    expect(planIssue([e(22, '2019-12-16')], 22, '2019-12-16')).toEqual({ kind: 'main', seq: 23, insert: 0 })
  })
  test('a back-dated decree gets 21a, after the last number of its date, and leaves the counter at 22', () => {
    const entries = [e(20, '2019-12-10'), e(21, '2019-12-12'), e(22, '2019-12-16')]
    const plan = planIssue(entries, 22, '2019-12-13')
    expect(plan).toMatchObject({ kind: 'insert', seq: 21, insert: 1 })
  })
  test('a second back-dated letter of that date gets 21b', () => {
    const entries = [e(20, '2019-12-10'), e(21, '2019-12-12'), e(21, '2019-12-12', 1), e(22, '2019-12-16')]
    expect(planIssue(entries, 22, '2019-12-12')).toMatchObject({ kind: 'insert', seq: 21, insert: 2 })
  })
  test('a cancelled number still counts: the next letter goes after it', () => {
    const entries = [{ ...e(22, '2019-12-16'), status: 'batal' as const }]
    expect(planIssue(entries, 22, '2019-12-17')).toEqual({ kind: 'main', seq: 23, insert: 0 })
  })
  test('a letter dated before the first number of the year is refused, with the way out', () => {
    const plan = planIssue([e(1, '2020-01-06'), e(2, '2020-01-07')], 2, '2020-01-03')
    expect(plan.kind).toBe('refused')
    if (plan.kind === 'refused') {
      expect(plan.problem.code).toBe('before-first')
      expect(plan.problem.message).toContain('Pakai tanggal 6 Januari 2020 atau sesudahnya')
    }
  })
  test('an office that started mid-year is pointed to manual registration for a letter before its first app number', () => {
    const plan = planIssue([e(296, '2019-12-17')], 296, '2019-12-02')
    expect(plan.kind === 'refused' && plan.problem.message).toContain('Daftarkan nomor manual')
  })
  test('a hand-registered insert dated after its main number keeps later letters as inserts too', () => {
    const entries = [e(22, '2019-12-16'), e(22, '2019-12-18', 1)]
    expect(planIssue(entries, 22, '2019-12-17')).toMatchObject({ kind: 'insert', seq: 22, insert: 2 })
    expect(planIssue(entries, 22, '2019-12-18')).toEqual({ kind: 'main', seq: 23, insert: 0 })
  })
})
