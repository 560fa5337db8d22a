import { defaultPageSetup, type FontFamily, type Orientation, type PageSetup, type Paper } from '../layout'

export interface PageOptions {
  paper?: Paper
  font?: FontFamily
  fontSizePt?: number
}

/** A letter's page: the office's paper, FORMATS.md margins, "- 2 -" at the top from the second page. */
export function letterPage(o: PageOptions = {}, orientation: Orientation = 'portrait'): PageSetup {
  return {
    ...defaultPageSetup(o.paper ?? 'F4', orientation),
    font: o.font ?? 'sans',
    fontSizePt: o.fontSizePt ?? 12,
    pageNumbers: { position: 'top', align: 'center', dashes: true }
  }
}
