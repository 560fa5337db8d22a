import { describe, expect, test } from 'vitest'
import type { Delivery, Letter } from '../../../shared/model'
import {
  invitationMeetingIds,
  registerAddressees,
  registerEkspedisiFileName,
  registerEkspedisiLayout,
  registerEkspedisiRows,
  registerEkspedisiSubtitle,
  type MeetingAddressees
} from '../../../shared/meetings'
import type { TableBlock } from '../../../shared/documents/layout'
import { sumbar } from '../documents/support'

const profile = { ...sumbar, timeZone: 'WIB' as const }

function letter(seq: number, date: string, over: Partial<Letter> = {}): Letter {
  return {
    id: `l-${seq}`,
    code: 'SKR',
    counterKey: 'SKR',
    year: Number(date.slice(0, 4)),
    seq,
    insert: 0,
    number: `${seq}/SKR/PKK-PROP/XII/2019`,
    status: 'aktif',
    cancelReason: '',
    source: 'app',
    documentKind: '',
    date,
    kepada: '',
    perihal: `Perihal ${seq}`,
    lampiran: '',
    tembusan: '',
    createdAt: `${date}T01:00:00.000Z`,
    updatedAt: `${date}T01:00:00.000Z`,
    ...over
  }
}

const delivery = (inviteeId: string, over: Partial<Delivery>): Delivery => ({
  id: `d-${inviteeId}-${over.channel ?? 'tangan'}`,
  meetingId: 'm-1',
  inviteeId,
  letterId: 'l-296',
  channel: 'tangan',
  sentAt: '2019-12-18T02:00:00.000Z',
  receiverName: '',
  note: '',
  updatedAt: '2019-12-18T02:00:00.000Z',
  ...over
})

describe('Buku Ekspedisi from the register: one row per letter and addressee', () => {
  const invitation = letter(296, '2019-12-16', { documentKind: 'undangan', meetingId: 'm-1', kepada: '3 undangan (daftar terlampir)', perihal: 'Undangan Rapat Konsultasi' })
  const meetings = new Map<string, MeetingAddressees>([
    [
      'm-1',
      {
        invitees: [
          { id: 'i-1', addressee: ['Ny. Hj. Yulia Fitri Rahman', 'Ketua Dekranasda Provinsi Sumatera Barat'] },
          { id: 'i-2', addressee: ['Kepala Dinas Kesehatan Provinsi Sumatera Barat'] },
          { id: 'i-3', addressee: ['Ny. Hj. Harneli Mahyeldi'] }
        ],
        // i-1 carried on the 18th and received by Rina; i-2 sent by WhatsApp only (still listed: the register's book lists every addressee).
        deliveries: [
          delivery('i-1', { receiverName: 'Sdri. Rina', receivedAt: '2019-12-18T03:10:00.000Z' }),
          delivery('i-2', { channel: 'whatsapp', id: 'd-wa' })
        ]
      }
    ]
  ])
  const letters = [
    letter(300, '2019-12-20', { kepada: '1. Kepala Dinas Pendidikan\n2. Kepala Dinas Sosial; Yth. Kepala Bappeda' }),
    letter(297, '2019-12-17', { kepada: '', status: 'batal' }),
    invitation,
    letter(295, '2019-11-30', { kepada: 'Di luar rentang' }),
    letter(298, '2019-12-17', { kepada: 'Ketua TP PKK Kabupaten Agam' }),
    letter(299, '2019-12-19', { kepada: '' })
  ]

  test('in the register order, cancelled and out-of-range letters left out; an invitation lists its invitees', () => {
    const rows = registerEkspedisiRows({ profile, letters, from: '2019-12-01', to: '2019-12-31', meetings })
    expect(rows.map((r) => [r.number, r.kepada])).toEqual([
      ['296/SKR/PKK-PROP/XII/2019', 'Ny. Hj. Yulia Fitri Rahman\nKetua Dekranasda Provinsi Sumatera Barat'],
      ['296/SKR/PKK-PROP/XII/2019', 'Kepala Dinas Kesehatan Provinsi Sumatera Barat'],
      ['296/SKR/PKK-PROP/XII/2019', 'Ny. Hj. Harneli Mahyeldi'],
      ['298/SKR/PKK-PROP/XII/2019', 'Ketua TP PKK Kabupaten Agam'],
      // Nothing in Kepada: one row, the addressee written by hand.
      ['299/SKR/PKK-PROP/XII/2019', ''],
      ['300/SKR/PKK-PROP/XII/2019', 'Kepala Dinas Pendidikan'],
      ['300/SKR/PKK-PROP/XII/2019', 'Kepala Dinas Sosial'],
      ['300/SKR/PKK-PROP/XII/2019', 'Kepala Bappeda']
    ])
    // The day it was carried when recorded, else the letter's date; who received it, when.
    expect(rows[0]).toMatchObject({ date: '2019-12-18', receiverName: 'Sdri. Rina', keterangan: 'Diterima 18 Des 2019 10.10 WIB', perihal: 'Undangan Rapat Konsultasi' })
    expect(rows[1]).toMatchObject({ date: '2019-12-16', receiverName: '', keterangan: '' })
    expect(rows[5]).toMatchObject({ date: '2019-12-20', perihal: 'Perihal 300', receiverName: '' })
  })

  test('an invitation whose meeting was not read (or has no invitees) lists the addressees its Kepada names', () => {
    const rows = registerEkspedisiRows({ profile, letters: [{ ...invitation, kepada: 'A; B; dan 1 lainnya' }], from: '2019-12-16', to: '2019-12-16', meetings: new Map() })
    expect(rows.map((r) => r.kepada)).toEqual(['A', 'B', 'dan 1 lainnya'])
    expect(invitationMeetingIds(letters)).toEqual(['m-1'])
  })

  test('addressees split on lines and semicolons, markers dropped', () => {
    expect(registerAddressees('a. Bupati Agam\nb) Walikota Padang')).toEqual(['Bupati Agam', 'Walikota Padang'])
    expect(registerAddressees('Yth. 1. Kepala Dinas')).toEqual(['Kepala Dinas'])
    expect(registerAddressees('  \n ')).toEqual([''])
  })

  test('the layout: title, range and a row for each, on the office paper; the file named by the range', () => {
    const layout = registerEkspedisiLayout({ profile: { ...profile, paper: 'A4' }, letters, from: '2019-12-01', to: '2019-12-31', meetings })
    expect(layout.sections[0]?.page).toMatchObject({ paper: 'A4', orientation: 'landscape' })
    const tables = (layout.sections[0]?.blocks ?? []).filter((b): b is TableBlock => b.kind === 'table')
    expect(tables.flatMap((t) => t.rows)).toHaveLength(8)
    expect(registerEkspedisiSubtitle('2019-12-01', '2019-12-31')).toBe('Surat keluar 1 Desember 2019 s.d. 31 Desember 2019')
    expect(registerEkspedisiSubtitle('2019-12-16', '2019-12-16')).toBe('Surat keluar tanggal 16 Desember 2019')
    expect(registerEkspedisiFileName('2019-12-01', '2019-12-31')).toBe('Buku Ekspedisi 2019-12-01 sd 2019-12-31')
  })
})
