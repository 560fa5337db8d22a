import type { OfficeProfile } from '../../model/office'
import type { LetterheadBlock } from '../layout'
import type { ImageBag } from './images'
import { splitAtRegion } from './words'

export type KopProfile = Pick<OfficeProfile, 'officeName' | 'address' | 'phone' | 'email' | 'website' | 'logo'>

export interface KopOptions {
  logoWidthMm?: number
  /** Centre the text on the page (an empty column mirrors the logo's) rather than between logo and margin. */
  balanced?: boolean
  rule?: LetterheadBlock['rule']
}

/**
 * Kop surat (docs/formats.md "Page and type"): logo on the left; the office name in bold capitals,
 * split before the region word; address with telephone; e-mail and website.
 */
export function buildKop(profile: KopProfile, bag: ImageBag, options: KopOptions = {}): LetterheadBlock {
  const logoWidthMm = options.logoWidthMm ?? 22
  const nameLines = splitAtRegion(profile.officeName.toUpperCase())
  const lines: LetterheadBlock['lines'] = [
    ...nameLines.map((text, i) => ({ text, sizePt: i === nameLines.length - 1 && nameLines.length > 1 ? 16 : 14, bold: true })),
    { text: [profile.address, profile.phone && `Telp.\u00a0${profile.phone.replace(/ /g, '\u00a0')}`].filter(Boolean).join(' '), sizePt: 11 },
    ...contactLine(profile)
  ]
  return {
    kind: 'letterhead',
    logo: profile.logo ? bag.place('logo', profile.logo, logoWidthMm, 28) : undefined,
    logoColumnMm: logoWidthMm + 3,
    balanced: options.balanced ?? false,
    lines,
    rule: options.rule ?? 'thick-thin',
    afterPt: 10
  }
}

function contactLine(p: KopProfile): LetterheadBlock['lines'] {
  // No-break spaces keep each label on the line of its address.
  const parts = [p.email && `E-mail:\u00a0${p.email}`, p.website && `Laman:\u00a0${p.website}`].filter(Boolean)
  return parts.length ? [{ text: parts.join('   '), sizePt: 10 }] : []
}
