import { describe, expect, test } from 'vitest'
import {
  composeMengingat,
  defaultArticles,
  defaultKeputusanDraft,
  defaultMengingat,
  keputusanIssuer,
  legalBasisYear,
  officeInText,
  splitMengingat,
  subjectBehindRoles,
  subjectInText
} from '@shared/meetings'
import { defaultLegalBases, keputusanDraft, ketuaSigner, type LegalBasis, type RoleGroup } from '@shared/model'

const TITLE = 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
const meeting = { title: TITLE, dates: ['2019-12-20'], signer: ketuaSigner }
const profile = { officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT', placeName: 'Padang', level: 'provinsi' as const }
const roles = (...groups: RoleGroup[]) => groups.map((group) => ({ group }))
const all = roles('panitia', 'panitia', 'narasumber', 'moderator')

const basis = (id: string, text: string, order: number, active = true): LegalBasis => ({ id, text, order, active })
const PERMENDAGRI_2013 =
  'Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 1 Tahun 2013 tentang Pemberdayaan Masyarakat melalui Gerakan Pemberdayaan dan Kesejahteraan Keluarga'
const library: LegalBasis[] = [
  basis('perpres', defaultLegalBases[0] ?? '', 1),
  basis('pmdn36', defaultLegalBases[1] ?? '', 2),
  basis('pmdn1', PERMENDAGRI_2013, 3),
  basis('lama', 'Keputusan lama yang tidak dipakai lagi Tahun 2010', 4, false),
  basis('prokja', 'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019', 5)
]

describe('the decree of the Rapat Konsultasi, as the app starts it', () => {
  const draft = defaultKeputusanDraft({ meeting, profile, roles: all, legalBases: library, dateIso: '2019-12-16' })

  test('is about the panitia, narasumber and moderator of the meeting, in capitals', () => {
    expect(draft.subject).toBe(
      'PANITIA PELAKSANA, NARASUMBER DAN MODERATOR RAPAT KONSULTASI TIM PENGGERAK PKK PROVINSI SUMATERA BARAT DENGAN OPD TERKAIT TAHUN 2019'
    )
  })

  test('is set in Padang on its date, numbered as KEP, signed by the meeting’s signer, with the kop', () => {
    expect(draft).toMatchObject({ date: '2019-12-16', place: 'Padang', code: 'KEP', signer: ketuaSigner, kop: true, articleStyle: 'KESATU' })
  })

  test('considers the meeting, the need for its people and the need for this decree (a., b., c.)', () => {
    expect(draft.menimbang).toHaveLength(3)
    expect(draft.menimbang[0]).toBe(
      `bahwa dalam rangka pelaksanaan program kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019, perlu diselenggarakan ${TITLE};`
    )
    expect(draft.menimbang[1]).toContain('perlu dibentuk Panitia Pelaksana serta ditunjuk Narasumber dan Moderator')
    expect(draft.menimbang[2]).toBe(
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a dan huruf b, perlu menetapkan Keputusan Ketua Tim Penggerak PKK Provinsi Sumatera Barat tentang Panitia Pelaksana, Narasumber dan Moderator ${TITLE};`
    )
    for (const m of draft.menimbang) expect(m).toMatch(/^bahwa .*;$/)
  })

  test('cites the active legal bases of its time, in the library’s order: Permendagri 36/2020 is too young for 2019', () => {
    expect(draft.mengingat).toEqual([defaultLegalBases[0], PERMENDAGRI_2013])
    // The work programme is no regulation: it is taken into account under Memperhatikan.
    expect(draft.memperhatikan).toEqual(['Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019'])
    const y2021 = defaultMengingat(library, '2021-03-01')
    expect(y2021).toContain(defaultLegalBases[1])
    expect(y2021).not.toContain('Keputusan lama yang tidak dipakai lagi Tahun 2010')
  })

  test('appoints, gives tasks to the panitia, to the speakers and moderator, and charges the costs; then takes effect', () => {
    expect(draft.articles).toHaveLength(4)
    expect(draft.articles[0]).toBe(
      `Membentuk Panitia Pelaksana serta menunjuk Narasumber dan Moderator ${TITLE} dengan susunan sebagaimana tercantum dalam Lampiran Keputusan ini.`
    )
    expect(draft.articles[1]).toMatch(/^Panitia Pelaksana mempunyai tugas mempersiapkan, melaksanakan/)
    expect(draft.articles[2]).toMatch(/^Narasumber bertugas .*, sedangkan moderator bertugas memandu/)
    expect(draft.articles[3]).toBe(
      'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada anggaran Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019.'
    )
    expect(draft.closing).toMatch(/^Keputusan ini mulai berlaku sejak tanggal ditetapkan/)
  })

  test('is a valid draft', () => {
    expect(keputusanDraft.safeParse(draft).success).toBe(true)
  })
})

describe('articles follow who is appointed', () => {
  test('a committee only: no article for speakers', () => {
    const a = defaultArticles(meeting, profile, roles('panitia'), '2019-12-16')
    expect(a).toHaveLength(3)
    expect(a[0]).toMatch(/^Membentuk Panitia Pelaksana Rapat Konsultasi/)
    expect(a.join(' ')).not.toContain('Narasumber')
  })
  test('speakers and a moderator without a committee', () => {
    const a = defaultArticles(meeting, profile, roles('narasumber', 'moderator'), '2019-12-16')
    expect(a[0]).toMatch(/^Menunjuk Narasumber dan Moderator Rapat/)
    expect(a[1]).toMatch(/^Narasumber bertugas/)
    expect(a.join(' ')).not.toContain('Panitia Pelaksana mempunyai')
  })
  test('a moderator alone', () => {
    expect(defaultArticles(meeting, profile, roles('moderator'), '2019-12-16')[1]).toMatch(/^Moderator bertugas memandu/)
  })
  test('no roles yet: the usual three groups', () => {
    expect(defaultArticles(meeting, profile, [], '2019-12-16')).toHaveLength(4)
  })
})

describe('names and subjects in sentences', () => {
  test('an office typed in capitals is written in a sentence with its acronyms kept', () => {
    expect(officeInText('TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')).toBe('Tim Penggerak PKK Provinsi Sumatera Barat')
    expect(officeInText('TIM PENGGERAK PKK DAERAH ISTIMEWA YOGYAKARTA')).toBe('Tim Penggerak PKK Daerah Istimewa Yogyakarta')
    expect(officeInText('TP PKK KABUPATEN PADANG PARIAMAN')).toBe('TP PKK Kabupaten Padang Pariaman')
    expect(officeInText('Tim Penggerak PKK Kota Padang')).toBe('Tim Penggerak PKK Kota Padang')
  })
  test('the decree is issued by the Ketua, the Ketua Umum at the national office', () => {
    expect(keputusanIssuer(profile)).toBe('KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
    expect(keputusanIssuer({ officeName: 'Tim Penggerak PKK Pusat', level: 'pusat' })).toBe('KETUA UMUM TIM PENGGERAK PKK PUSAT')
  })
  test('the generated subject reads in mixed case in a sentence; a rewritten one as written', () => {
    const caps = defaultKeputusanDraft({ meeting, profile, roles: all, legalBases: library, dateIso: '2019-12-16' }).subject
    expect(subjectInText(caps, TITLE, all)).toBe(`Panitia Pelaksana, Narasumber dan Moderator ${TITLE}`)
    expect(subjectInText('Tim Perumus Hasil Rapat Konsultasi', TITLE, all)).toBe('Tim Perumus Hasil Rapat Konsultasi')
  })
  test('the year of a legal basis is the one of its number', () => {
    expect(legalBasisYear(defaultLegalBases[1] ?? '')).toBe(2020)
    expect(legalBasisYear(defaultLegalBases[0] ?? '')).toBe(2017)
    expect(legalBasisYear('Anggaran Dasar Gerakan PKK')).toBeUndefined()
  })
})

describe('Mengingat in the form: library checkboxes plus the decree’s own lines', () => {
  test('splits a draft into chosen library entries and own lines, and puts them back in library order', () => {
    const mengingat = ['Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019;', `${defaultLegalBases[0] ?? ''}`, 'Hasil Rapat Pengurus tanggal 2 Desember 2019']
    const { chosen, own } = splitMengingat(mengingat, library)
    expect([...chosen].sort()).toEqual(['perpres', 'prokja'])
    expect(own).toEqual(['Hasil Rapat Pengurus tanggal 2 Desember 2019'])
    expect(composeMengingat(library, chosen, [...own, '  '])).toEqual([
      defaultLegalBases[0],
      'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019',
      'Hasil Rapat Pengurus tanggal 2 Desember 2019'
    ])
  })
})

describe('a draft made before the roles were complete', () => {
  test('is behind when its generated subject names other groups than the meeting has now', () => {
    const early = defaultKeputusanDraft({ meeting, profile, roles: roles('panitia'), legalBases: library, dateIso: '2019-12-16' }).subject
    expect(subjectBehindRoles(early, TITLE, roles('panitia'))).toBe(false)
    expect(subjectBehindRoles(early, TITLE, all)).toBe(true)
    expect(subjectBehindRoles('TIM PERUMUS HASIL RAPAT', TITLE, all)).toBe(false)
  })
})
