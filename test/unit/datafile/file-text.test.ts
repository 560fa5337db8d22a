import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { CHECKSUM_MISMATCH, dataFileText, readDataFile, textChecksumMatches, toDataFile, type Snapshot } from '@shared/datafile'
import { generateOffice } from '../../fixtures/ten-year-office'

const at = new Date('2026-12-04T10:00:00Z')
const sampleText = readFileSync(new URL('../../../resources/sample/sumbar-2019.json', import.meta.url), 'utf8')

function sample(): Snapshot {
  const read = readDataFile(sampleText)
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '))
  return read.snapshot
}

/** The sample office with a logo (bytes as base64 in the file) and text beyond ASCII: accents, an emoji, a CJK name. */
function withImagesAndUnicode(): Snapshot {
  const s = sample()
  const profile = s.profile[0]
  if (!profile) throw new Error('sample without a profile')
  const logo = { mime: 'image/png' as const, name: 'logo.png', data: Uint8Array.from({ length: 301 }, (_, i) => (i * 37) % 256) }
  const person = s.people[0]
  if (!person) throw new Error('sample without people')
  return {
    ...s,
    profile: [{ ...profile, logo, officeName: `${profile.officeName} — Pokja 📎` }],
    people: [{ ...person, name: 'Ny. Hj. Désirée Ñurhayati 王芳 🌺' }, ...s.people.slice(1)]
  }
}

describe('the data file written as text in one pass', () => {
  test('is byte for byte the file the data-file object gives, for the sample, images and any script, and a generated year', () => {
    const office = generateOffice({ years: 2, letters: 600, people: 80, organisations: 10 }, 3)
    for (const s of [sample(), withImagesAndUnicode(), office]) {
      expect(dataFileText(s, '0.1.0', at)).toBe(JSON.stringify(toDataFile(s, '0.1.0', at)))
    }
  })

  test('reads back as the same office, its checksum checked on the text as written', () => {
    const s = withImagesAndUnicode()
    const text = dataFileText(s, '0.1.0', at)
    expect(textChecksumMatches(text)).toBe(true)
    const read = readDataFile(text)
    expect(read.ok && read.checksum).toBe('ok')
    expect(read.ok && read.snapshot).toEqual(s)
  })

  test('one changed byte fails the text check and is refused as damaged; a pretty-printed file is checked the long way', () => {
    const text = dataFileText(sample(), '0.1.0', at)
    // Same length, still valid data: only a checksum can tell.
    const changed = text.replace('"Padang"', '"Padanq"')
    expect(changed).not.toBe(text)
    expect(textChecksumMatches(changed)).toBe(false)
    const refused = readDataFile(changed)
    expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toEqual([CHECKSUM_MISMATCH])
    const pretty = JSON.stringify(JSON.parse(text), null, 2)
    expect(textChecksumMatches(pretty)).toBe(false)
    const read = readDataFile(pretty)
    expect(read.ok && read.checksum).toBe('ok')
  })
})
