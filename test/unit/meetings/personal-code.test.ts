import { describe, expect, test } from 'vitest'
import { findByPersonalCode, formatPersonalCode, personalCode, readPersonalCode } from '@shared/meetings'

describe('personal code on the invitation', () => {
  test('six Crockford characters, the same for the same meeting and invitee, another for another invitee', () => {
    const a = personalCode('rapat-1', 'undangan-1')
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/)
    expect(personalCode('rapat-1', 'undangan-1')).toBe(a)
    expect(personalCode('rapat-1', 'undangan-2')).not.toBe(a)
    expect(personalCode('rapat-2', 'undangan-1')).not.toBe(a)
    expect(formatPersonalCode(a)).toBe(`${a.slice(0, 3)}-${a.slice(3)}`)
  })

  test('typed in any case, with a dash or spaces, O for 0 and I or L for 1', () => {
    expect(readPersonalCode(' k7q-2mx ')).toBe('K7Q2MX')
    expect(readPersonalCode('O1L-IAB')).toBe('011' + '1AB')
    expect(readPersonalCode('K7Q2M')).toBeNull()
    expect(readPersonalCode('K7Q2MU')).toBeNull()
  })

  test('500 invitees of a meeting: each found by its code, almost always alone', () => {
    const invitees = Array.from({ length: 500 }, (_, i) => ({ id: `inv-${i}` }))
    let alone = 0
    for (const inv of invitees) {
      const code = formatPersonalCode(personalCode('rapat-x', inv.id)).toLowerCase()
      const found = findByPersonalCode('rapat-x', invitees, code)
      expect(found).toContainEqual(inv)
      if (found.length === 1) alone++
    }
    expect(alone).toBeGreaterThanOrEqual(498)
    expect(findByPersonalCode('rapat-x', invitees, 'bukan')).toEqual([])
  })
})
