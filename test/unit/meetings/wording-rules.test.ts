import { describe, expect, it } from 'vitest'
import { inSentence } from '../../../shared/documents/builders/words'
import { pageNumbering, letterPage, officePageOptions } from '../../../shared/documents/builders/page'
import { sheetPage } from '../../../shared/documents/builders/daftar-hadir'
import {
  daftarHadirRows,
  decreeBases,
  defaultMengingat,
  invitationOpening,
  legalBasisKind,
  kindOfBasis,
  midSentence,
  officeRegion,
  openingWithPurpose,
  organisationAddressee,
  personView,
  printedOrganisation,
  purposeClause,
  type Participant
} from '../../../shared/meetings'
import { tataNaskahOf, type LegalBasis } from '../../../shared/model'

describe('capitals only where the convention puts them (docs/formats.md "Capitals")', () => {
  it('writes an office name typed in capitals in sentence case, abbreviations kept', () => {
    expect(inSentence('Ketua TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')).toBe('Ketua Tim Penggerak PKK Provinsi Sumatera Barat')
    expect(inSentence('TIM PENGGERAK PKK KABUPATEN LIMA PULUH KOTA')).toBe('Tim Penggerak PKK Kabupaten Lima Puluh Kota')
    expect(inSentence('DINAS KOPERASI DAN USAHA KECIL MENENGAH')).toBe('Dinas Koperasi dan Usaha Kecil Menengah')
    expect(inSentence('SEKRETARIAT DPRD PROVINSI NTB')).toBe('Sekretariat DPRD Provinsi NTB')
  })

  it('keeps a lone abbreviation, a run of abbreviations and mixed case as typed', () => {
    expect(inSentence('Kepala Dinas PUPR Kota Padang')).toBe('Kepala Dinas PUPR Kota Padang')
    expect(inSentence('Ketua TP PKK Provinsi Sumatera Barat')).toBe('Ketua TP PKK Provinsi Sumatera Barat')
    expect(inSentence('Pokja IV TP-PKK')).toBe('Pokja IV TP-PKK')
  })
})

describe('one page-number convention and one name rule per office (docs/formats.md "Tata naskah")', () => {
  it('defaults to the sample: "- 2 -" at the top centre, names not underlined', () => {
    expect(tataNaskahOf({})).toEqual({ pageNumbers: 'atas-tengah', nameUnderline: false })
    expect(letterPage().pageNumbers).toEqual({ position: 'top', align: 'center', dashes: true })
    expect(sheetPage().pageNumbers).toEqual({ position: 'top', align: 'center', dashes: true })
  })

  it('letters and sheets follow the office\'s choice alike', () => {
    const style = { pageNumbers: 'bawah-kanan' as const, nameUnderline: true }
    const o = officePageOptions({ paper: 'A4', tataNaskah: style })
    expect(letterPage(o).pageNumbers).toEqual({ position: 'bottom', align: 'right', dashes: false })
    expect(sheetPage(o).pageNumbers).toEqual(letterPage(o).pageNumbers)
    expect(pageNumbering('bawah-tengah')).toEqual({ position: 'bottom', align: 'center', dashes: true })
  })
})

describe('addressing an organisation (docs/formats.md "Addressees")', () => {
  const prov = 'Provinsi Sumatera Barat'
  it('writes the words title and name share once', () => {
    expect(organisationAddressee('Kepala Dinas', `Dinas Komunikasi dan Informatika ${prov}`)).toBe(`Kepala Dinas Komunikasi dan Informatika ${prov}`)
    expect(organisationAddressee(`Kepala Dinas Kesehatan ${prov}`, `Dinas Kesehatan ${prov}`)).toBe(`Kepala Dinas Kesehatan ${prov}`)
    expect(organisationAddressee('', `Dinas Kesehatan ${prov}`)).toBe(`Pimpinan Dinas Kesehatan ${prov}`)
  })

  it('does not repeat an organisation named after its head\'s post', () => {
    expect(organisationAddressee('Sekretaris Daerah', `Sekretariat Daerah ${prov}`)).toBe(`Sekretaris Daerah ${prov}`)
    expect(organisationAddressee('Inspektur', `Inspektorat ${prov}`)).toBe(`Inspektur ${prov}`)
    expect(organisationAddressee('Sekretaris Daerah', `Pemerintah ${prov}`)).toBe(`Sekretaris Daerah ${prov}`)
  })

  it('adds the region when the title and the name lack it, from the inviting office', () => {
    expect(organisationAddressee('Sekretaris Daerah', 'Sekretariat Daerah', prov)).toBe(`Sekretaris Daerah ${prov}`)
    expect(organisationAddressee('Kepala Dinas', 'Dinas Kesehatan', 'Kabupaten Agam')).toBe('Kepala Dinas Kesehatan Kabupaten Agam')
    expect(organisationAddressee('Kepala Dinas', 'Dinas Kesehatan')).toBe('Kepala Dinas Kesehatan')
    expect(organisationAddressee('Ketua', 'Badan Permusyawaratan Desa', 'Desa Sukamaju')).toBe('Ketua Badan Permusyawaratan Desa Sukamaju')
    expect(officeRegion({ level: 'provinsi', regionName: 'Sumatera Barat' })).toBe(prov)
    expect(officeRegion({ level: 'pusat', regionName: 'Indonesia' })).toBeUndefined()
  })

  it('addresses a person by her post in her organisation without the shared word twice', () => {
    const person = (position: string) => ({ id: 'p1', name: 'Drs. Jasman', position, organisationId: 'o1', groupIds: [], phone: '', email: '', updatedAt: '2019-12-01T00:00:00.000Z' })
    const org = { id: 'o1', name: `Dinas Komunikasi dan Informatika ${prov}`, kind: 'opd', headTitle: 'Kepala Dinas', groupIds: [], updatedAt: '2019-12-01T00:00:00.000Z' }
    const inv = { id: 'i1', key: 'p:p1', order: 1 }
    type P = Parameters<typeof personView>[1]
    type O = Parameters<typeof personView>[2]
    expect(personView(inv, person('Kepala Dinas') as unknown as P, org as unknown as O).addressee).toEqual(['Drs. Jasman', `Kepala Dinas Komunikasi dan Informatika ${prov}`])
    expect(personView(inv, person('Kepala Bidang Statistik') as unknown as P, org as unknown as O).addressee).toEqual(['Drs. Jasman', `Kepala Bidang Statistik Dinas Komunikasi dan Informatika ${prov}`])
    expect(personView(inv, person(`Kepala Dinas Komunikasi dan Informatika ${prov}`) as unknown as P, org as unknown as O).addressee[1]).toBe(`Kepala Dinas Komunikasi dan Informatika ${prov}`)
    expect(personView(inv, person('') as unknown as P, org as unknown as O).addressee[1]).toBe(org.name)
    expect(personView(inv, person('Ketua') as unknown as P, undefined).addressee).toEqual(['Drs. Jasman', 'Ketua'])
  })

  it('names a head of a region with the region\'s name alone', () => {
    expect(organisationAddressee('Gubernur', `Pemerintah ${prov}`)).toBe('Gubernur Sumatera Barat')
    expect(organisationAddressee('Bupati', 'Pemerintah Kabupaten Agam')).toBe('Bupati Agam')
    expect(organisationAddressee('Wali Kota', 'Pemerintah Daerah', 'Kota Padang')).toBe('Wali Kota Padang')
  })

  it('prints an organisation\'s addressee alone in the list and on the sheet, never title and organisation', () => {
    expect(printedOrganisation({ kind: 'organisation', position: '', organisationName: 'Dinas Komunikasi dan Informatika' })).toBe('')
    expect(printedOrganisation({ kind: 'person', position: 'Sekretaris', organisationName: 'TP PKK Kota Padang' })).toBe('TP PKK Kota Padang')
    const p = (kind: Participant['kind'], name: string, organisation: string): Participant => ({
      inviteeId: name, kind, order: 1, name, position: kind === 'person' ? 'Sekretaris' : '', organisation, phone: '', groupName: '', groupId: ''
    })
    const rows = daftarHadirRows(
      [p('organisation', 'Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat', 'Dinas Kominfo Provinsi Sumatera Barat'), p('person', 'Ny. Rina', 'TP PKK Kota Padang')]
    )
    expect(rows).toEqual([
      { name: '', position: 'Kepala Dinas Komunikasi dan Informatika Provinsi Sumatera Barat' },
      { name: 'Ny. Rina', position: 'Sekretaris\nTP PKK Kota Padang' }
    ])
  })
})

describe('Mengingat and Memperhatikan (docs/formats.md "Mengingat and Memperhatikan")', () => {
  it('tells a regulation from another document by its first words', () => {
    for (const t of [
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
      'UU No. 23 Tahun 2014',
      'Peraturan Pemerintah Nomor 18 Tahun 2016',
      'PP 18/2016',
      'Perpres Nomor 99 Tahun 2017',
      'Permendagri Nomor 36 Tahun 2020',
      'Peraturan Daerah Provinsi Sumatera Barat Nomor 6 Tahun 2019',
      'Perda Kabupaten Agam Nomor 2 Tahun 2018',
      'Pergub Sumatera Barat Nomor 5 Tahun 2019',
      'Perbup Agam Nomor 1 Tahun 2020',
      'Perwali Padang Nomor 3 Tahun 2021',
      'Keputusan Ketua Umum TP PKK Pusat Nomor 1 Tahun 2021'
    ]) {
      expect(legalBasisKind(t), t).toBe('mengingat')
    }
    for (const t of ['Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019', 'Surat Ketua TP PKK Pusat Nomor 12/2019', 'Hasil Rapat Pleno TP PKK Tanggal 2 Desember 2019']) {
      expect(legalBasisKind(t), t).toBe('memperhatikan')
    }
  })

  it('keeps the secretary\'s choice over the guess', () => {
    const b: LegalBasis = { id: 'x', text: 'Program Kerja 2019', order: 1, active: true, kind: 'mengingat' }
    expect(kindOfBasis(b)).toBe('mengingat')
    expect(kindOfBasis({ text: b.text })).toBe('memperhatikan')
  })

  it('sorts a new decree\'s bases by kind, and an old draft\'s Mengingat when it is printed', () => {
    const library: LegalBasis[] = [
      { id: 'a', text: 'Peraturan Presiden Nomor 99 Tahun 2017 tentang Gerakan PKK', order: 1, active: true },
      { id: 'b', text: 'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019', order: 2, active: true }
    ]
    expect(defaultMengingat(library, '2019-12-16', 'mengingat')).toEqual([library[0]?.text])
    expect(defaultMengingat(library, '2019-12-16', 'memperhatikan')).toEqual([library[1]?.text])
    const old = { mengingat: library.map((b) => b.text) }
    expect(decreeBases(old)).toEqual({ mengingat: [library[0]?.text], memperhatikan: [library[1]?.text] })
    expect(decreeBases({ ...old, memperhatikan: [] })).toEqual({ mengingat: old.mengingat, memperhatikan: [] })
    // Nothing recognised as a regulation: the lines stay under Mengingat rather than leave it empty.
    expect(decreeBases({ mengingat: ['Anggaran Dasar Gerakan PKK'] })).toEqual({ mengingat: ['Anggaran Dasar Gerakan PKK'], memperhatikan: [] })
  })
})

describe('dasar and tujuan in the invitation\'s opening (docs/formats.md "Dasar and tujuan")', () => {
  const basis = ['Sesuai dengan Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019;']
  const objectives = ['Untuk meningkatkan koordinasi dengan OPD terkait']
  const page = { widthMm: 160, sizePt: 12, font: 'sans' as const }

  it('writes them as one clause, names kept in capitals', () => {
    expect(midSentence('Untuk meningkatkan koordinasi')).toBe('untuk meningkatkan koordinasi')
    expect(midSentence('Program Kerja TP PKK')).toBe('Program Kerja TP PKK')
    expect(purposeClause(basis, objectives)).toBe(
      'berdasarkan Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019, untuk meningkatkan koordinasi dengan OPD terkait'
    )
    expect(purposeClause([], ['Menyamakan persepsi', 'Menjalin kerja sama'])).toBe('dengan tujuan menyamakan persepsi dan menjalin kerja sama')
    expect(purposeClause([' '], [])).toBeUndefined()
  })

  it('puts the clause after the greeting when it fits in two lines, and leaves a longer one out', () => {
    const opening = 'Dengan hormat, dalam rangka Rapat Konsultasi, bersama ini kami mengharapkan kehadiran Bapak/Ibu pada:'
    expect(invitationOpening(opening, basis, objectives, page)).toBe(
      'Dengan hormat, berdasarkan Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019, untuk meningkatkan koordinasi dengan OPD terkait, dalam rangka Rapat Konsultasi, bersama ini kami mengharapkan kehadiran Bapak/Ibu pada:'
    )
    const long = Array.from({ length: 4 }, (_, i) => `Keputusan Ketua Tim Penggerak PKK Provinsi Sumatera Barat Nomor ${i + 20}/KEP/PKK-PROP/XII/2019`)
    expect(invitationOpening(opening, long, objectives, page)).toBe(opening)
    expect(invitationOpening(opening, [], [], page)).toBe(opening)
    expect(openingWithPurpose('Bersama ini kami mengundang Bapak/Ibu', 'berdasarkan Program Kerja 2019')).toBe('Berdasarkan Program Kerja 2019, bersama ini kami mengundang Bapak/Ibu')
  })
})
