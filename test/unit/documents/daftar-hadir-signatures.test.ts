import { decode } from 'fast-png'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx, renderPdf, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { daftarHadirLayout, type Participant } from '../../../shared/meetings'
import type { Attendance, Signature } from '../../../shared/model'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { PAD, penStrokes } from '../../../scripts/lib/pen-strokes'
import { rakon, sampleParticipants, sampleSnapshot, sheetSettings } from './daftar-hadir-fixture'
import { columnEdges, slots, strokedPaths, type Path, type Slot } from './ink-support'
import { readPdf, type PdfPage } from './support'

/*
 * The printing half of the meja registrasi: a 65-person sheet where some rows were signed on the pad.
 * In the PDF each signature is vector paths inside its row's half of the Tanda Tangan column, above the
 * row's "n. ....." line and below the row before; in the DOCX it is a transparent PNG inline in that
 * half's cell; a row without a signature keeps its blank slot, and no row grows.
 */

const MM = 72 / 25.4
const DAY = '2019-12-20'
/** Rows signed on the pad (1-based sheet numbers): both halves, page ends, the walk-in (66). */
const SIGNED = new Set([1, 2, 3, 6, 9, 14, 15, 16, 17, 18, 29, 30, 31, 40, 41, 44, 45, 46, 47, 60, 63, 64, 65, 66])

function sheet(participants: Participant[], signed: boolean): DocumentLayout {
  const rows: Attendance[] = participants.map((p, i) => ({
    id: `hadir-${i + 1}`,
    meetingId: rakon.id,
    day: DAY,
    inviteeId: p.inviteeId,
    name: p.name,
    position: p.position,
    organisation: p.organisation,
    status: i === 13 ? 'diwakili' : 'hadir',
    delegateName: i === 13 ? 'Ny. Dewi Kartika, S.P' : '',
    delegatePosition: '',
    note: '',
    order: i + 1,
    arrivedAt: '2019-12-20T01:55:00.000Z',
    updatedAt: '2019-12-20T01:55:00.000Z'
  }))
  rows.push({ id: 'tamu-1', meetingId: rakon.id, day: DAY, name: 'Andika Putra', position: 'Staf Humas', organisation: 'Biro Administrasi Pimpinan', status: 'hadir', delegateName: '', delegatePosition: '', note: '', order: 1_000_001, updatedAt: '2019-12-20T02:10:00.000Z' })
  const signatures: Signature[] = signed
    ? rows.flatMap((r, i) =>
        SIGNED.has(i + 1) ? [{ id: `ttd-${i + 1}`, attendanceId: r.id, meetingId: rakon.id, day: DAY, ...PAD, strokes: penStrokes(r.name), createdAt: '2019-12-20T02:00:00.000Z' }] : []
      )
    : []
  const snapshot = sampleSnapshot()
  const profile = snapshot.profile[0]
  if (!profile) throw new Error('profil contoh tidak ada')
  return daftarHadirLayout({ profile, meeting: rakon, day: DAY, participants, settings: sheetSettings({ blankRows: 5 }), records: { rows, signatures } })
}

let fonts: FontSet
let layout: DocumentLayout
let pdf: Uint8Array
let pages: PdfPage[]
let plainPages: PdfPage[]
let paths: Path[]
let docx: Uint8Array

beforeAll(async () => {
  fonts = await loadNodeFonts()
  const participants = sampleParticipants(sampleSnapshot())
  expect(participants).toHaveLength(65)
  layout = sheet(participants, true)
  pdf = await renderPdf(layout, fonts)
  pages = await readPdf(pdf)
  plainPages = await readPdf(await renderPdf(sheet(participants, false), fonts))
  paths = await strokedPaths(pdf)
  docx = await renderDocx(layout)
}, 120_000)

describe('Daftar Hadir with signatures from the meja registrasi, PDF', () => {
  it('draws each signature as pen paths inside its own row slot, and nothing in the unsigned slots', () => {
    const ink = paths.filter((p) => Math.abs(p.lineWidth - 0.7) < 0.01)
    const all = slots(pages, columnEdges(layout))
    expect(all.map((s) => s.n)).toEqual(Array.from({ length: 71 }, (_, i) => i + 1))
    const inSlot = (p: Path, s: Slot) => p.page === s.page && p.x0 >= s.left && p.x1 <= s.right && p.y0 >= s.topY && p.y1 <= s.markY
    const found = new Map<number, number>()
    for (const p of ink) {
      const s = all.find((slot) => inSlot(p, slot))
      if (!s) throw new Error(`goresan di luar slot mana pun: halaman ${p.page + 1}, ${p.x0.toFixed(1)},${p.y0.toFixed(1)}–${p.x1.toFixed(1)},${p.y1.toFixed(1)}`)
      found.set(s.n, (found.get(s.n) ?? 0) + 1)
    }
    expect([...found.keys()].sort((a, b) => a - b)).toEqual([...SIGNED].sort((a, b) => a - b))
    // Each signature is all its strokes (3 or 4 per generated signature), as vectors.
    for (const n of SIGNED) expect(found.get(n)).toBeGreaterThanOrEqual(3)
  })

  it('sizes a signature to its slot: wide enough to read, within its half, above the line', () => {
    const all = slots(pages, columnEdges(layout))
    for (const n of SIGNED) {
      const s = all.find((x) => x.n === n)
      if (!s) throw new Error(`baris ${n} tidak ada`)
      const mine = paths.filter((p) => p.page === s.page && p.x0 >= s.left && p.x1 <= s.right && p.y0 >= s.topY && p.y1 <= s.markY)
      const w = Math.max(...mine.map((p) => p.x1)) - Math.min(...mine.map((p) => p.x0))
      const h = Math.max(...mine.map((p) => p.y1)) - Math.min(...mine.map((p) => p.y0))
      expect(w / MM).toBeGreaterThan(12)
      expect(w / MM).toBeLessThanOrEqual((s.right - s.left) / MM)
      expect(h).toBeLessThan(s.markY - s.topY)
      expect(h / MM).toBeGreaterThan(3)
    }
  })

  it('keeps every row where the unsigned sheet has it: a signature never makes a row taller', () => {
    const marks = (ps: PdfPage[]) => ps.flatMap((pg, p) => pg.items.filter((i) => /^\d+\. \.{3,}$/.test(i.str)).map((i) => `${p}:${i.str.split('.')[0]}:${i.y.toFixed(1)}`))
    expect(marks(pages)).toEqual(marks(plainPages))
    expect(pages).toHaveLength(plainPages.length)
  })

  it('prints the walk-in who signed, and the delegate under the invitee', () => {
    const text = pages.map((p) => p.items.map((i) => i.str).join(' ')).join(' ')
    expect(text).toContain('Andika Putra')
    expect(text).toContain('Diwakili: Ny. Dewi Kartika, S.P')
  })
})

describe('Daftar Hadir with signatures from the meja registrasi, DOCX', () => {
  it('puts a transparent PNG inline in the signed half of each signed row, and none elsewhere', async () => {
    const zip = await JSZip.loadAsync(docx)
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? ''
    const target = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]))
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0])
    const seen: number[] = []
    for (const row of rows) {
      const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0])
      const text = (c: string) => [...c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
      const n = Number(/^(\d+)\.$/.exec(text(cells[0] ?? ''))?.[1] ?? NaN)
      if (!Number.isInteger(n)) continue
      // No, Nama, Jabatan/Instansi, the two halves, Keterangan.
      const [left = '', right = ''] = [cells[3], cells[4]]
      const slot = n % 2 === 1 ? left : right
      const other = n % 2 === 1 ? right : left
      expect(text(slot)).toMatch(new RegExp(`^${n}\\. \\.{3,}$`))
      expect(other).not.toContain('<w:drawing>')
      if (!SIGNED.has(n)) {
        expect(slot).not.toContain('<w:drawing>')
        continue
      }
      seen.push(n)
      expect(slot).toContain('<wp:inline')
      const embed = /r:embed="([^"]+)"/.exec(slot)?.[1] ?? ''
      const file = zip.file(`word/${target.get(embed) ?? ''}`)
      if (!file) throw new Error(`gambar baris ${n} tidak ada`)
      const png = decode(await file.async('uint8array'))
      // Grey and alpha: a transparent background and dark, opaque pen lines.
      expect(png.channels).toBe(2)
      const alpha = Array.from({ length: png.width * png.height }, (_, i) => png.data[i * 2 + 1] ?? 0)
      expect(alpha.filter((a) => a === 0).length / alpha.length).toBeGreaterThan(0.6)
      expect(alpha.filter((a) => a > 200).length).toBeGreaterThan(50)
      // About 200 dpi of its printed size (EMU: 36000 per mm).
      const cx = Number(/<wp:extent cx="(\d+)"/.exec(slot)?.[1] ?? 0) / 36000
      expect(Math.abs(png.width / (cx / 25.4) - 200)).toBeLessThan(20)
    }
    expect(seen).toEqual([...SIGNED].sort((a, b) => a - b))
  })
})
