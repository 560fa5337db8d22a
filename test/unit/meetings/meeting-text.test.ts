import { describe, expect, test } from 'vitest'
import { formatMeetingDays } from '@shared/calendar'
import { isUpcoming, meetingTime, splitNewKeys } from '@shared/meetings'

describe('meeting dates and times as letters write them', () => {
  test('the Rapat Konsultasi of 20 December 2019', () => {
    expect(formatMeetingDays(['2019-12-20'])).toBe('Jumat, 20 Desember 2019')
    expect(meetingTime({ timeStart: '09:00', timeEnd: '', timeZone: 'WIB' })).toBe('09.00 WIB s.d. selesai')
  })
  test('two days, a run of days, across months, scattered days', () => {
    expect(formatMeetingDays(['2019-12-03', '2019-12-02'])).toBe('Senin s.d. Selasa, 2 s.d. 3 Desember 2019')
    expect(formatMeetingDays(['2019-12-02', '2019-12-03', '2019-12-04'])).toBe('Senin s.d. Rabu, 2 s.d. 4 Desember 2019')
    expect(formatMeetingDays(['2019-11-30', '2019-12-01', '2019-12-02'])).toBe('Sabtu s.d. Senin, 30 November 2019 s.d. 2 Desember 2019')
    expect(formatMeetingDays(['2019-12-02', '2019-12-04', '2019-12-09'])).toBe(
      'Senin, 2 Desember 2019; Rabu, 4 Desember 2019 dan Senin, 9 Desember 2019'
    )
  })
  test('upcoming until its last day has passed', () => {
    expect(isUpcoming(['2019-12-20'], '2019-12-20')).toBe(true)
    expect(isUpcoming(['2019-12-20'], '2019-12-21')).toBe(false)
    expect(isUpcoming(['2019-12-20', '2019-12-22'], '2019-12-21')).toBe(true)
  })
  test('nobody is invited twice', () => {
    expect(splitNewKeys(['p:1', 'o:2'], ['p:1', 'p:3', 'p:3', 'o:4'])).toEqual({ fresh: ['p:3', 'o:4'], duplicates: ['p:1', 'p:3'] })
  })
})

import { emptyMeetingForm, formToMeeting, linesToItems, validateMeetingForm } from '@shared/meetings'

describe('the meeting form', () => {
  test('lists are typed one per line and keep their text', () => {
    expect(linesToItems('1. Pembukaan\n2) Sambutan Ketua TP PKK\n\n- Paparan OPD\n• Tanya jawab\na. Penutup')).toEqual([
      'Pembukaan',
      'Sambutan Ketua TP PKK',
      'Paparan OPD',
      'Tanya jawab',
      'Penutup'
    ])
  })
  test('a filled form becomes a meeting; dates are sorted and unique', () => {
    const v = { ...emptyMeetingForm('2019-12-20', 'WIB', 'Aula Kantor TP PKK Provinsi Sumatera Barat'), title: 'Rapat Konsultasi' }
    v.dates = [{ value: '2019-12-21' }, { value: '2019-12-20' }, { value: '2019-12-21' }]
    expect(formToMeeting(v).dates).toEqual(['2019-12-20', '2019-12-21'])
    expect(validateMeetingForm(v).ok).toBe(true)
  })
  test('missing title, impossible date and end before start are reported on their fields in Indonesian', () => {
    const v = { ...emptyMeetingForm('2019-02-30', 'WIB', ''), timeStart: '10:00', timeEnd: '09:00' }
    const r = validateMeetingForm(v)
    if (r.ok) throw new Error('expected errors')
    expect(r.errors['title']).toBe('Nama rapat wajib diisi')
    expect(r.errors['place']).toBe('Tempat wajib diisi')
    expect(r.errors['dates.0.value']).toBe('Tanggal tidak ada di kalender')
    expect(r.errors['timeEnd']).toBe('Jam selesai harus setelah jam mulai')
  })
})
