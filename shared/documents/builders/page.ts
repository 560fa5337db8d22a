import { defaultTataNaskah, type PageNumberStyle, type TataNaskah } from '../../model/office'
import { defaultPageSetup, type FontFamily, type Orientation, type PageNumbering, type PageSetup, type Paper } from '../layout'

export interface PageOptions {
  paper?: Paper
  font?: FontFamily
  fontSizePt?: number
  /** The office's tata naskah choices (page numbers, underlined names); the sample's look when absent. */
  style?: TataNaskah
}

/** The office's choices, or the defaults (docs/formats.md "Tata naskah"). */
export const styleOf = (o: PageOptions | undefined): TataNaskah => o?.style ?? defaultTataNaskah

/**
 * Where the page number stands from a section's second page (docs/formats.md "Tata naskah"): one choice
 * for every document of the office, letters, sheets and the register alike.
 */
export function pageNumbering(style: PageNumberStyle): PageNumbering {
  switch (style) {
    case 'atas-tengah':
      return { position: 'top', align: 'center', dashes: true }
    case 'bawah-tengah':
      return { position: 'bottom', align: 'center', dashes: true }
    case 'bawah-kanan':
      return { position: 'bottom', align: 'right', dashes: false }
  }
}

/** A letter's page: the office's paper, docs/formats.md margins, the office's page numbers from the second page. */
export function letterPage(o: PageOptions = {}, orientation: Orientation = 'portrait'): PageSetup {
  return {
    ...defaultPageSetup(o.paper ?? 'F4', orientation),
    font: o.font ?? 'sans',
    fontSizePt: o.fontSizePt ?? 12,
    pageNumbers: pageNumbering(styleOf(o).pageNumbers)
  }
}

/** The page options every document of an office is built with: its paper and its tata naskah choices. */
export function officePageOptions(profile: { paper: Paper; tataNaskah?: TataNaskah | undefined }): PageOptions {
  return { paper: profile.paper, style: profile.tataNaskah ?? defaultTataNaskah }
}
