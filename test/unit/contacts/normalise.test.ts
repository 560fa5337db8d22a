import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { emailKey, foldText, organisationNameKey, personNameKey, phoneKey, stripDegrees } from '@shared/contacts'

describe('person names compared the way the secretary reads them', () => {
  test('"Ny. Hj. Nevi Irwan Prayitno" is the same person as "nevi  irwan prayitno"', () => {
    expect(personNameKey('Ny. Hj. Nevi Irwan Prayitno')).toBe('nevi irwan prayitno')
    expect(personNameKey('nevi  irwan   prayitno')).toBe('nevi irwan prayitno')
    expect(personNameKey('NY. HJ. NEVI IRWAN PRAYITNO')).toBe('nevi irwan prayitno')
  })

  test('titles before the name are set aside: H., Dr., Drs., Dra., Ir., Prof., Bapak/Ibu', () => {
    expect(personNameKey('Prof. Dr. Ir. H. Ahmad Syafii')).toBe('ahmad syafii')
    expect(personNameKey('Drs. Budi Santoso')).toBe('budi santoso')
    expect(personNameKey('Dra.Hj.Sri Wahyuni')).toBe('sri wahyuni')
    expect(personNameKey('Ibu Rahmawati')).toBe('rahmawati')
  })

  test('academic degrees after a comma are set aside: ", S.Pd", ", M.Si", ", S.H., M.M."', () => {
    expect(personNameKey('Sri Wahyuni, S.Pd')).toBe('sri wahyuni')
    expect(personNameKey('Dra. Hj. Sri Wahyuni, M.Si')).toBe('sri wahyuni')
    expect(personNameKey('Budi Santoso, S.H., M.M.')).toBe('budi santoso')
    expect(personNameKey('Dewi, SE, MBA')).toBe('dewi')
  })

  test('a word after a comma that is not a degree stays', () => {
    expect(stripDegrees('Prayitno, Nevi')).toBe('Prayitno, Nevi')
    expect(personNameKey('Prayitno, Nevi')).toBe('prayitno nevi')
  })

  test('diacritics and apostrophes do not separate names: Ni\'mah, Ni’mah, Nimah; Rénata, Renata', () => {
    expect(personNameKey("Ni'mah Hasanah")).toBe('nimah hasanah')
    expect(personNameKey('Ni’mah Hasanah')).toBe('nimah hasanah')
    expect(personNameKey('Rénata Siregar')).toBe(personNameKey('Renata Siregar'))
  })

  test('a name that is only a title keeps its last word, so it never folds to nothing', () => {
    expect(personNameKey('Ibu')).toBe('ibu')
    expect(personNameKey('H.')).toBe('h')
  })

  test('folding never throws and is idempotent for any text, emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = foldText(s)
        expect(foldText(once)).toBe(once)
        expect(once).toBe(once.trim())
      })
    )
  })
})

describe('organisations, phones and e-mails', () => {
  test('"Tim Penggerak PKK Kab. Agam" and "TP-PKK Kab Agam" are one organisation', () => {
    expect(organisationNameKey('Tim Penggerak PKK Kab. Agam')).toBe(organisationNameKey('TP-PKK Kab Agam'))
    expect(organisationNameKey('Dinas Komunikasi dan Informatika')).toBe('dinas komunikasi dan informatika')
  })

  test('+62 812-3456-7890, 0812 3456 7890 and 81234567890 (Excel dropped the 0) are one line', () => {
    expect(phoneKey('+62 812-3456-7890')).toBe('081234567890')
    expect(phoneKey('0812 3456 7890')).toBe('081234567890')
    expect(phoneKey('81234567890')).toBe('081234567890')
    expect(phoneKey('(0751) 705-1234')).toBe('07517051234')
  })

  test('an empty or too short phone matches nothing', () => {
    expect(phoneKey('')).toBe('')
    expect(phoneKey('112')).toBe('')
  })

  test('e-mail addresses compare without case', () => {
    expect(emailKey(' Sekretariat@PKK-Sumbar.go.id ')).toBe('sekretariat@pkk-sumbar.go.id')
  })
})
