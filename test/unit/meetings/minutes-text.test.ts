import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { conclusionsToLines, linesToConclusions, parseRuns, richToText, textToRich } from '../../../shared/meetings'
import { richText, type RichTextDoc } from '../../../shared/model'

describe('the minutes editor text becomes structured rich text', () => {
  test('lines starting "1." make a numbered list, "-" a bulleted one, other lines paragraphs', () => {
    const doc = textToRich(
      ['Rapat dilaksanakan berdasarkan:', '1. Program Kerja TP PKK Tahun 2019;', '2. Keputusan Nomor 22/KEP/PKK-PROP/XII/2019;', '', '- Bappeda', '• Dinas Kesehatan', 'Rapat ditutup pukul 12.30 WIB.'].join('\n')
    )
    expect(doc).toEqual([
      { type: 'paragraph', runs: [{ text: 'Rapat dilaksanakan berdasarkan:' }] },
      { type: 'numbered', items: [[{ text: 'Program Kerja TP PKK Tahun 2019;' }], [{ text: 'Keputusan Nomor 22/KEP/PKK-PROP/XII/2019;' }]] },
      { type: 'bulleted', items: [[{ text: 'Bappeda' }], [{ text: 'Dinas Kesehatan' }]] },
      { type: 'paragraph', runs: [{ text: 'Rapat ditutup pukul 12.30 WIB.' }] }
    ])
    expect(richText.safeParse(doc).success).toBe(true)
  })

  test('**tebal** and *miring* become bold and italic runs, never HTML', () => {
    expect(parseRuns('Ketua mengucapkan **terima kasih** atas *inovasi baru* dan ***keduanya***')).toEqual([
      { text: 'Ketua mengucapkan ' },
      { text: 'terima kasih', bold: true },
      { text: ' atas ' },
      { text: 'inovasi baru', italic: true },
      { text: ' dan ' },
      { text: 'keduanya', bold: true, italic: true }
    ])
    expect(JSON.stringify(textToRich('<b>Dinas</b> & "OPD"'))).toContain('<b>Dinas</b> & \\"OPD\\"')
  })

  test('a lone asterisk stays as typed; a backslash keeps a literal one', () => {
    expect(parseRuns('2 * 3 = 6')).toEqual([{ text: '2 * 3 = 6' }])
    expect(parseRuns('\\*catatan\\* kaki')).toEqual([{ text: '*catatan* kaki' }])
    expect(parseRuns('**belum ditutup')).toEqual([{ text: '**belum ditutup' }])
  })

  test('a blank line ends a list, so two numbered lists stay two', () => {
    const doc = textToRich('1. a\n2. b\n\n1. c')
    expect(doc.map((b) => b.type)).toEqual(['numbered', 'numbered'])
    expect(richToText(doc)).toBe('1. a\n2. b\n\n1. c')
  })

  test('a paragraph that starts like a list item is written with a backslash and read back as a paragraph', () => {
    const doc: RichTextDoc = [{ type: 'paragraph', runs: [{ text: '2019. Tahun yang baik' }] }, { type: 'paragraph', runs: [{ text: '- bukan butir' }] }]
    expect(textToRich(richToText(doc))).toEqual(doc)
  })

  test('conclusions are one per line; typed numbers are dropped and written back', () => {
    expect(linesToConclusions('1. Rapat berkala\n\n2) Lomba 2020\nTanpa nomor')).toEqual(['Rapat berkala', 'Lomba 2020', 'Tanpa nomor'])
    expect(conclusionsToLines(['Rapat berkala', 'Lomba 2020'])).toBe('1. Rapat berkala\n2. Lomba 2020')
  })

  // Any document the editor can hold survives being written as text and read back (reload keeps it).
  const word = fc.stringMatching(/^[A-Za-z0-9.,:;()'"\\/*\-&%]{1,8}$/)
  const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '))
  const run = fc.record({ text, bold: fc.boolean(), italic: fc.boolean() }).map((r) => ({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) }))
  const runs = fc.array(run, { minLength: 1, maxLength: 4 }).map(normaliseRuns)
  const block = fc.oneof(
    runs.map((r) => ({ type: 'paragraph' as const, runs: r })),
    fc.array(runs, { minLength: 1, maxLength: 4 }).map((items) => ({ type: 'numbered' as const, items })),
    fc.array(runs, { minLength: 1, maxLength: 4 }).map((items) => ({ type: 'bulleted' as const, items }))
  )
  test('parse(write(doc)) gives the doc back', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (doc) => {
        expect(textToRich(richToText(doc))).toEqual(doc)
      }),
      { numRuns: 400 }
    )
  })
})

/** Runs as the parser makes them: neighbours of the same style merged, joined with a space. */
function normaliseRuns(rs: { text: string; bold?: boolean; italic?: boolean }[]) {
  const out: { text: string; bold?: boolean; italic?: boolean }[] = []
  for (const [i, r] of rs.entries()) {
    const t = i === 0 ? r.text : ` ${r.text}`
    const prev = out.at(-1)
    if (prev && Boolean(prev.bold) === Boolean(r.bold) && Boolean(prev.italic) === Boolean(r.italic)) prev.text += t
    else out.push({ ...r, text: t })
  }
  return out
}

describe('the editor form and the stored minutes', () => {
  test('form -> minutes -> form keeps what was typed (in its written-back shape)', async () => {
    const { formToMinutes, minutesToForm } = await import('../../../shared/meetings')
    const form = {
      pimpinan: ' Ny. Hj. Nevi Irwan Prayitno ',
      pimpinanTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
      notulis: 'Ny. Hj. Darmawati Syahrial, S.H, M.M',
      notulisTitle: 'Sekretaris',
      pembukaan: 'Rapat dibuka pukul 09.00 WIB.\n\n1. Program kerja;\n2. Keputusan 22/KEP',
      sambutan: [{ who: 'Ketua TP PKK', text: 'Terima kasih **OPD**.' }, { who: '', text: '  ' }],
      paparan: '- Bappeda\n- Dinas Kesehatan',
      diskusi: '',
      kesimpulan: '1. Rapat berkala\n2. Lomba 2020',
      tindakLanjut: '',
      penutup: 'Rapat ditutup.',
      useSignatureImage: true,
      useStamp: false
    }
    const stored = formToMinutes('rakon', form)
    expect(stored.sambutan).toHaveLength(1)
    expect(stored.kesimpulan).toEqual(['Rapat berkala', 'Lomba 2020'])
    const back = minutesToForm({ ...stored, updatedAt: '' })
    expect(back).toEqual({ ...form, pimpinan: 'Ny. Hj. Nevi Irwan Prayitno', sambutan: [form.sambutan[0]] })
  })
})
