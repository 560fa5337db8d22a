import { defaultPageSetup, type DocumentLayout, type FontFamily, type Section } from './layout'

/** Words every document has, in each face, so their shaping is done before the first real document. */
const WORDS = 'Nomor Lampiran Perihal Kepada Yth. Bapak/Ibu Tim Penggerak PKK Provinsi Rapat 0123456789 : , - ( )'

function section(font: FontFamily): Section {
  return {
    page: { ...defaultPageSetup('F4'), font },
    blocks: [
      {
        kind: 'paragraph',
        text: [{ text: WORDS }, { text: ` ${WORDS}`, bold: true }, { text: ` ${WORDS}`, italic: true }, { text: ` ${WORDS}`, bold: true, italic: true }]
      }
    ]
  }
}

/**
 * A one-page document in both families and all four styles: made once while the app is idle, it
 * loads the engines and has every font parsed (the PDF engine keeps them for later documents).
 */
export function warmUpLayout(): DocumentLayout {
  return { title: 'Persiapan', images: {}, sections: [section('sans'), section('serif')] }
}
