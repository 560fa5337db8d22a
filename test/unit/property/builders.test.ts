import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { renderDocx, renderPdf, type FontSet } from '@shared/documents'
import { buildUndangan } from '@shared/documents/builders/undangan'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { docxPart, pageText, readPdf, rakonUndangan } from '../documents/support'

let fonts: FontSet
beforeAll(async () => {
  fonts = await loadNodeFonts()
})

// Names as offices type them: Latin letters with diacritics, apostrophes, dots, commas, hyphens.
const nameChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëáàâäíìîïóòôöúùûüñçÉÁÍÓÚ\'’.,-'.split(''))
const officeName = fc
  .array(fc.string({ unit: nameChar, minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 25 })
  .map((words) => words.join(' ').trim())
  .filter((s) => s.length > 0)
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
const squash = (s: string) => s.replace(/\s+/g, '')

describe('document builders keep every character of odd names', () => {
  test('PDF and DOCX of an invitation to a random addressee, Ketua and 300-character OPD name', async () => {
    await fc.assert(
      fc.asyncProperty(officeName, officeName, async (ketua, opd) => {
        const data = rakonUndangan()
        const addressee = [`Kepala ${opd}`.slice(0, 300)]
        const layout = buildUndangan({ ...data, addressee, signer: { ...data.signer, name: ketua } })
        const docx = await docxPart(await renderDocx(layout))
        for (const s of [ketua, addressee[0] ?? '']) {
          // Text may be split into runs; compare with tags removed.
          expect(squash(docx.replace(/<[^>]+>/g, '')), s).toContain(squash(xml(s)))
        }
        const pdf = (await readPdf(await renderPdf(layout, fonts))).map(pageText).join(' ')
        for (const s of [ketua, addressee[0] ?? '']) expect(squash(pdf), s).toContain(squash(s))
      }),
      { numRuns: 25 }
    )
  }, 120_000)
})
