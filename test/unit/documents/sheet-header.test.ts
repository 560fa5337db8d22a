import { beforeAll, describe, expect, it } from 'vitest'
import { buildDaftarHadir, renderPdf, type DaftarHadirData, type FontSet } from '../../../shared/documents'
import { daftarHadirData } from '../../../shared/meetings/attendance-sheet'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { rakon, sampleParticipants, sampleSnapshot, sheetSettings } from './daftar-hadir-fixture'
import { readPdf } from './support'

/** The Daftar Hadir's header words each on one line, whatever the paper, the font and the optional columns. */
let fonts: FontSet
let base: DaftarHadirData
beforeAll(async () => {
  fonts = await loadNodeFonts()
  const snapshot = sampleSnapshot()
  const profile = snapshot.profile[0]
  if (!profile) throw new Error('profil contoh tidak ada')
  base = daftarHadirData({ profile, meeting: rakon, day: '2019-12-20', participants: sampleParticipants(snapshot).slice(0, 3), settings: sheetSettings({ blankRows: 0 }) })
}, 60_000)

describe('Daftar Hadir header', () => {
  for (const paper of ['A4', 'F4'] as const)
    for (const font of ['sans', 'serif'] as const)
      for (const showPhone of [false, true])
        it(`prints "Keterangan" whole on ${paper}, ${font}${showPhone ? ', with the phone column' : ''}`, async () => {
          const [page] = await readPdf(await renderPdf(buildDaftarHadir({ ...base, showNote: true, showPhone, page: { ...base.page, paper, font } }), fonts))
          const header = page?.items.filter((i) => /^Ket/.test(i.str) && i.str !== 'Ketua').map((i) => i.str)
          expect(header).toEqual(['Keterangan'])
          for (const word of ['Nama', 'Jabatan/Instansi', 'Tanda Tangan', ...(showPhone ? ['No. HP'] : [])]) expect(page?.items.some((i) => i.str === word), word).toBe(true)
        })
})
