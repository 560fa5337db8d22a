import { describe, expect, test } from 'vitest'
import { checkCounterLast, checkDateChange, checkManualNumber, dateBounds, type NumberedEntry } from '@shared/numbering'

const e = (seq: number, date: string, insert = 0): NumberedEntry => ({
  seq,
  insert,
  date,
  number: `${seq}${insert ? String.fromCharCode(96 + insert) : ''}/SKR/PKK-PROP/XII/2019`
})
const december = [e(296, '2019-12-17'), e(297, '2019-12-18'), e(297, '2019-12-18', 1), e(298, '2019-12-20')]

describe('registering a number typed by hand', () => {
  const manual = (seq: number, date: string, insert = 0, confirmGap = false) =>
    checkManualNumber({ entries: december, last: 298, seq, insert, date, number: `${seq}/SKR/PKK-PROP/XII/2019` }, { confirmGap })

  test('a number already in the register is refused', () => {
    const r = manual(297, '2019-12-18')
    expect(r.ok ? '' : r.problem.message).toBe(
      'Nomor 297/SKR/PKK-PROP/XII/2019 sudah tercatat di buku agenda (tanggal 18 Desember 2019). Satu nomor hanya untuk satu surat.'
    )
  })
  test('the next number, 299, is fine and moves the counter', () => {
    expect(manual(299, '2019-12-20')).toEqual({ ok: true, missing: [], newLast: 299 })
  })
  test('301 would skip 299 and 300: refused until the office confirms they are recorded as unused', () => {
    const r = manual(301, '2019-12-23')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problem.code).toBe('gap')
      expect(r.problem.missing).toEqual([299, 300])
      expect(r.problem.message).toContain('nomor 299 dan 300 akan terlewati')
    }
    expect(manual(301, '2019-12-23', 0, true)).toEqual({ ok: true, missing: [299, 300], newLast: 301 })
  })
  test('a number far beyond the last is taken for a typo', () => {
    const r = manual(2980, '2019-12-23', 0, true)
    expect(r.ok ? '' : r.problem.code).toBe('gap-too-large')
  })
  test('a number used before the office started with the app is fine when its date fits', () => {
    expect(manual(250, '2019-11-20')).toEqual({ ok: true, missing: [], newLast: 298 })
  })
  test('a number whose date breaks the order is refused with the allowed dates', () => {
    const r = manual(299, '2019-12-19')
    expect(r.ok ? '' : r.problem.message).toBe(
      'Nomor 299/SKR/PKK-PROP/XII/2019 tidak dapat bertanggal 19 Desember 2019, karena nomor sebelumnya, 298/SKR/PKK-PROP/XII/2019, bertanggal 20 Desember 2019. Nomor urut mengikuti urutan tanggal; tanggal yang dapat dipakai: 20 Desember 2019 atau sesudahnya.'
    )
  })
  test('an inserted number only after a number already used', () => {
    const r = manual(305, '2019-12-20', 1)
    expect(r.ok ? '' : r.problem.code).toBe('insert-beyond-last')
    expect(manual(296, '2019-12-17', 1).ok).toBe(true)
  })
})

describe('changing the date of a numbered letter', () => {
  const change = (target: NumberedEntry, newDate: string, monthInNumber = true) => checkDateChange({ entries: december, target, newDate, monthInNumber })

  test('a date between its neighbours is fine', () => {
    expect(change(december[1]!, '2019-12-17')).toBeNull()
    expect(change(december[1]!, '2019-12-18')).toBeNull()
  })
  test('a date after the next number is refused, and renumbering is offered', () => {
    const p = change(december[1]!, '2019-12-21')
    expect(p?.code).toBe('order')
    expect(p?.canRenumber).toBe(true)
    expect(p?.message).toContain('nomor sesudahnya, 297a/SKR/PKK-PROP/XII/2019, bertanggal 18 Desember 2019')
  })
  test('the main number may not move after its own inserted number', () => {
    expect(change(december[1]!, '2019-12-19')?.code).toBe('order')
  })
  test('an inserted number may move up to the next main number', () => {
    expect(change(december[2]!, '2019-12-20')).toBeNull()
    expect(change(december[2]!, '2019-12-17')?.code).toBe('order')
  })
  test('a number of 2019 cannot move to 2020: counters restart on 1 January', () => {
    const p = change(december[3]!, '2020-01-02')
    expect(p?.code).toBe('year-change')
    expect(p?.message).toContain('nomor tahun 2019')
  })
  test('the month is part of the number, so it cannot change unless the pattern leaves it out', () => {
    const first = e(1, '2019-11-29')
    const entries = [first, e(2, '2019-12-02')]
    expect(checkDateChange({ entries, target: first, newDate: '2019-12-01', monthInNumber: true })?.code).toBe('month-change')
    expect(checkDateChange({ entries, target: first, newDate: '2019-12-01', monthInNumber: false })).toBeNull()
  })
})

describe('the date window of a slot', () => {
  test('a main number sits between the previous inserts and its own inserts', () => {
    const b = dateBounds(december, { seq: 297, insert: 0 })
    expect(b.min?.number).toBe('296/SKR/PKK-PROP/XII/2019')
    expect(b.max?.number).toBe('297a/SKR/PKK-PROP/XII/2019')
  })
})

describe('setting the last number already used this year', () => {
  test('an office starting mid-year sets SKR to 295 and KEP to 21', () => {
    expect(checkCounterLast({ entries: [], current: 0, next: 295 })).toEqual({ ok: true })
  })
  test('it may not go below a number in the register', () => {
    const r = checkCounterLast({ entries: december, current: 298, next: 290 })
    expect(r.ok ? '' : r.problem.message).toContain('tidak dapat dibuat lebih kecil dari 298')
  })
  test('raising it past numbers the app has issued would skip numbers silently: refused', () => {
    const r = checkCounterLast({ entries: december, current: 298, next: 305 })
    expect(r.ok ? '' : r.problem.code).toBe('gap')
  })
  test('a start value not yet followed by any app number may still be corrected', () => {
    expect(checkCounterLast({ entries: [e(5, '2019-01-03')], current: 295, next: 300 })).toEqual({ ok: true })
    expect(checkCounterLast({ entries: [], current: 295, next: 280 })).toEqual({ ok: true })
  })
  test('a negative or fractional number is refused', () => {
    expect(checkCounterLast({ entries: [], current: 0, next: -1 }).ok).toBe(false)
    expect(checkCounterLast({ entries: [], current: 0, next: 1.5 }).ok).toBe(false)
  })
})
