import { describe, expect, test } from 'vitest'
import { appointmentPhrase } from '../../../shared/meetings/keputusan-roles'
import { defaultArticles, defaultMenimbang } from '../../../shared/meetings/keputusan-defaults'
import { organisationView } from '../../../shared/meetings/invitees'
import type { Organisation } from '../../../shared/model'
import { ketuaSigner } from '../../../shared/model'

const org = (name: string, headTitle: string): Organisation => ({
  id: 'o1',
  name,
  kind: 'opd',
  headTitle,
  address: '',
  phone: '',
  email: '',
  groupIds: [],
  createdAt: '2019-12-01T00:00:00.000Z',
  updatedAt: '2019-12-01T00:00:00.000Z'
})
const inv = { id: 'i1', key: 'o:o1', order: 0 }
const KOMINFO = 'Dinas Komunikasi dan Informatika Provinsi Sumatera Barat'

describe('an organisation is addressed to its head, each word once', () => {
  test.each([
    ['Kepala Dinas', 'Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat'],
    ['Kepala Dinas Komunikasi dan Informatika', 'Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat'],
    ['Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat', 'Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat'],
    ['', `Pimpinan ${KOMINFO}`]
  ])('head "%s" reads "%s"', (headTitle, addressee) => {
    const v = organisationView(inv, org(KOMINFO, headTitle))
    expect(v.addressee).toEqual([addressee])
    expect(v.name).toBe(addressee)
    expect(v.addressee.join(' ')).not.toMatch(/\b(\w+) \1\b/)
  })
})

describe('a committee is formed, speakers and moderators are appointed', () => {
  const meeting = { title: 'Rapat Konsultasi', dates: ['2019-12-20'], signer: ketuaSigner }
  const profile = { officeName: 'Tim Penggerak PKK Provinsi Sumatera Barat', placeName: 'Padang', level: 'provinsi' as const, signers: [] }
  const roles = (...groups: ('panitia' | 'narasumber' | 'moderator')[]) => groups.map((group) => ({ group }))

  test('the phrase in both voices', () => {
    expect(appointmentPhrase(['panitia', 'narasumber', 'moderator'], 'active')).toBe('Membentuk Panitia Pelaksana serta menunjuk Narasumber dan Moderator')
    expect(appointmentPhrase(['narasumber', 'moderator'], 'passive')).toBe('ditunjuk Narasumber dan Moderator')
    expect(appointmentPhrase(['panitia'], 'passive')).toBe('dibentuk Panitia Pelaksana')
  })

  test('speakers and a moderator alone: Menimbang says "perlu ditunjuk", KESATU "Menunjuk"; nobody is "dibentuk"', () => {
    const menimbang = defaultMenimbang(meeting, profile, roles('narasumber', 'moderator'), '2019-12-16')
    const articles = defaultArticles(meeting, profile, roles('narasumber', 'moderator'), '2019-12-16')
    expect(menimbang[1]).toContain('perlu ditunjuk Narasumber dan Moderator yang')
    expect(articles[0]).toMatch(/^Menunjuk Narasumber dan Moderator Rapat Konsultasi/)
    expect([...menimbang, ...articles].join(' ')).not.toMatch(/dibentuk Narasumber|Membentuk Narasumber/)
  })
})
