import { describe, expect, it } from 'vitest'
import { fontCovers, splitByFont, unprintableCharacters, unprintableMessage } from '../../../shared/documents/font-runs'
import { TONE_SWATCH_PT, applyFallbackFonts } from '../../../shared/documents/pdf/fallback'
import { textWidthPt } from '../../../shared/documents/measure'
import { FALLBACK_LINE_FACTOR } from '../../../shared/documents/geometry'

const fonts = (text: string) => splitByFont(text).map((p) => [p.font, p.text, ...(p.separate ? ['separate'] : [])])

describe('splitByFont', () => {
  it('keeps text Liberation draws in one main piece, diacritics, quotes and dashes included', () => {
    const text = "Ñ é ü ş ğ I\u0307 Ni’mah O'Neil “kutip” – — … € ™ ♥"
    expect(fonts(text)).toEqual([['main', text]])
  })

  it('gives symbols Liberation lacks to DejaVu Sans and keeps the spaces around them in the main font', () => {
    expect(fonts('Hadir ✓ ★ ①')).toEqual([
      ['main', 'Hadir '],
      ['symbols', '✓'],
      ['main', ' '],
      ['symbols', '★'],
      ['main', ' '],
      ['symbols', '①']
    ])
  })

  it('gives emoji to Noto Emoji as whole clusters: ZWJ family, flag, keycap, heart with VS16', () => {
    expect(fonts('👨‍👩‍👧‍👦🇮🇩1️⃣❤️')).toEqual([['emoji', '👨‍👩‍👧‍👦🇮🇩1️⃣❤️']])
    // A heart without VS16 is text (Liberation has it); with VS16 it asks for the emoji.
    expect(fonts('♥❤️')).toEqual([
      ['main', '♥'],
      ['emoji', '❤️']
    ])
  })

  it('draws a skin-tone modifier sequence glyph by glyph, apart from emoji without one', () => {
    expect(fonts('Ok 👍🏽👍 👩🏽‍💼')).toEqual([
      ['main', 'Ok '],
      ['emoji', '👍🏽', 'separate'],
      ['emoji', '👍'],
      ['main', ' '],
      ['emoji', '👩🏽‍💼', 'separate']
    ])
  })

  it('leaves out an invisible selector the chosen font would draw as a box, and keeps the text around it', () => {
    // U+FE0E (text presentation) after a check mark: DejaVu Sans has it (zero width), so it stays.
    expect(fonts('✓\uFE0E')).toEqual([['symbols', '✓\uFE0E']])
    // After a letter Liberation lacks U+FE0F: left out of the main piece.
    expect(fonts('a\uFE0Fb')).toEqual([['main', 'ab']])
  })

  it('marks what no font draws, and keeps line breaks and tabs for the layout', () => {
    expect(splitByFont('漢字 a')).toEqual([
      { text: '漢字', font: 'main', uncovered: true },
      { text: ' a', font: 'main' }
    ])
    expect(fonts('a\nb\tc')).toEqual([['main', 'a\nb\tc']])
  })
})

describe('unprintableCharacters', () => {
  it('lists each character no bundled font draws once; names, emoji and symbols pass', () => {
    expect(unprintableCharacters("Ny. Hj. Rahmi 🌺 Ketua 👩🏽‍💼 Ni’mah ✓ ① محمد Ḥusna")).toEqual([])
    expect(unprintableCharacters('漢 a 漢 \u0000 \ud83c')).toEqual(['漢', '\u0000', '\ud83c'])
    expect(unprintableCharacters('baris\nkedua\tdan tab')).toEqual([])
  })

  it('says in Indonesian which characters are refused, by code point when invisible', () => {
    expect(unprintableMessage('Budi')).toBeUndefined()
    expect(unprintableMessage('Budi 漢\u0000')).toBe('Karakter 漢 (U+6F22), U+0000 tidak dapat dicetak di surat; hapus atau ganti dengan huruf biasa')
  })
})

describe('coverage tables', () => {
  it('match the fonts for the classes the letters use', () => {
    expect(fontCovers('main', 'ş'.codePointAt(0) ?? 0)).toBe(true)
    expect(fontCovers('main', '✓'.codePointAt(0) ?? 0)).toBe(false)
    expect(fontCovers('symbols', '✓'.codePointAt(0) ?? 0)).toBe(true)
    expect(fontCovers('emoji', '👍'.codePointAt(0) ?? 0)).toBe(true)
    expect(fontCovers('emoji', '✓'.codePointAt(0) ?? 0)).toBe(false)
  })
})

describe('measuring fallback text', () => {
  it('gives an emoji the width Noto Emoji draws it with (1.27 em), not the 1 em of an unknown character', () => {
    expect(textWidthPt('😀', 12)).toBeCloseTo((2600 / 2048) * 12, 5)
    // Invisible joiners and selectors take no room.
    expect(textWidthPt('\u200D\uFE0F', 12)).toBe(0)
    // A check mark: DejaVu Sans's advance for it, more than nothing, less than an emoji.
    const check = textWidthPt('✓', 12)
    expect(check).toBeGreaterThan(6)
    expect(check).toBeLessThan((2600 / 2048) * 12)
  })
})

describe('applyFallbackFonts', () => {
  const names = { symbols: 'Sym', emoji: 'Emo' }

  it('splits node texts and inline arrays, keeping each inline style on its pieces', () => {
    const content = applyFallbackFonts(
      [
        { text: 'Biasa saja' },
        { stack: [{ text: 'Nama 😀', bold: true }] },
        { table: { body: [[{ text: [{ text: 'Hadir ✓', bold: true, noWrap: true }, ' 👍🏽'] }, { text: '' }]] } }
      ],
      names
    )
    expect(content).toEqual([
      { text: 'Biasa saja' },
      { stack: [{ text: ['Nama ', { text: '😀', font: 'Emo', lineHeight: FALLBACK_LINE_FACTOR.emoji }], bold: true }] },
      {
        table: {
          body: [
            [
              {
                text: [
                  { text: 'Hadir ', bold: true, noWrap: true },
                  { text: '✓', bold: true, noWrap: true, font: 'Sym', lineHeight: FALLBACK_LINE_FACTOR.symbols },
                  ' ',
                  // The emoji, then its skin-tone modifier as a speck: one advance, as Word and LibreOffice draw it.
                  { text: '👍', font: 'Emo', lineHeight: FALLBACK_LINE_FACTOR.emoji, fontFeatures: { kern: false, ccmp: false } },
                  { text: '🏽', font: 'Emo', lineHeight: FALLBACK_LINE_FACTOR.emoji, fontFeatures: { kern: false, ccmp: false }, fontSize: TONE_SWATCH_PT }
                ]
              },
              { text: '' }
            ]
          ]
        }
      }
    ])
  })
})
