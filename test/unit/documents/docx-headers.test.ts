import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { defaultPageSetup, renderDocx, type DocumentLayout, type PageNumbering, type Section } from '../../../shared/documents'
import { docxPart } from './support'

const letter = (n: number, pageNumbers?: PageNumbering): Section => ({
  page: { ...defaultPageSetup('F4'), ...(pageNumbers ? { pageNumbers } : {}) },
  blocks: [{ kind: 'paragraph', text: `Surat ${n}` }]
})
const top: PageNumbering = { position: 'top', align: 'center', dashes: true }
const bottom: PageNumbering = { position: 'bottom', align: 'right', dashes: false }

async function sections(layout: DocumentLayout): Promise<{ sectPr: string[]; parts: string[]; zip: JSZip }> {
  const bytes = await renderDocx(layout)
  const zip = await JSZip.loadAsync(bytes)
  const xml = await docxPart(bytes)
  return { sectPr: [...xml.matchAll(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]), parts: Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d+\.xml$/.test(f)), zip }
}

const refs = (sectPr: string, kind: 'header' | 'footer') => [...sectPr.matchAll(new RegExp(`<w:${kind}Reference [^>]*w:type="(\\w+)"`, 'g'))].map((m) => m[1]).sort()

describe('DOCX headers of a mail merge', () => {
  it('65 letters numbered alike write one pair of headers; every letter restarts at page 1 with its first page unnumbered', async () => {
    const { sectPr, parts, zip } = await sections({ title: 'Undangan', images: {}, sections: Array.from({ length: 65 }, (_, i) => letter(i + 1, top)) })
    expect(sectPr).toHaveLength(65)
    expect(parts).toHaveLength(2)
    expect(refs(sectPr[0] ?? '', 'header')).toEqual(['default', 'first'])
    for (const s of sectPr.slice(1)) expect(refs(s, 'header')).toEqual([])
    for (const s of sectPr) {
      expect(s).toContain('<w:titlePg')
      expect(s).toMatch(/<w:pgNumType [^>]*w:start="1"/)
    }
    const headers = await Promise.all(parts.map((p) => zip.file(p)?.async('string') ?? ''))
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1)
  })

  it('a section numbered differently from the one before writes its own, and an unnumbered one after a footer gets an empty footer', async () => {
    const { sectPr } = await sections({ title: 'Campuran', images: {}, sections: [letter(1, top), letter(2), letter(3, bottom), letter(4), letter(5)] })
    expect(refs(sectPr[0] ?? '', 'header')).toEqual(['default', 'first'])
    expect(refs(sectPr[1] ?? '', 'header')).toEqual(['default', 'first'])
    expect(refs(sectPr[1] ?? '', 'footer')).toEqual([])
    expect(refs(sectPr[2] ?? '', 'footer')).toEqual(['default', 'first'])
    // Unnumbered after the bottom-numbered letter: its own (empty) footers, or it would show the page numbers.
    expect(refs(sectPr[3] ?? '', 'footer')).toEqual(['default', 'first'])
    expect(refs(sectPr[4] ?? '', 'header')).toEqual([])
    expect(refs(sectPr[4] ?? '', 'footer')).toEqual([])
  })
})
