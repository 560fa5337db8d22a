import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { meetingFields, officeProfileFields, organisationFields, personFields, undanganDraft, ketuaSigner } from '@shared/model'
import { readDataFile } from '@shared/datafile'

// Any text a user or a file can bring: full Unicode, emoji, apostrophes, control characters.
const anyText = fc.string({ unit: 'grapheme', maxLength: 400 })

describe('validators never crash and never alter what they accept', () => {
  test('person and organisation fields', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (name, position, org) => {
        const p = personFields.safeParse({ name, position, phone: '', email: '', groupIds: [], notes: '' })
        if (p.success) {
          expect(p.data.name).toBe(name.trim())
          expect(p.data.position).toBe(position.trim())
        } else expect(p.error.issues.length).toBeGreaterThan(0)
        const o = organisationFields.safeParse({ name: org, kind: 'opd', headTitle: position, address: '', phone: '', email: '', groupIds: [] })
        if (o.success) expect(o.data.name).toBe(org.trim())
      }),
      { numRuns: 500 }
    )
  })

  test('office profile, meeting and invitation wording', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const profile = officeProfileFields.safeParse({
          level: 'provinsi', regionName: a, officeName: b, address: a, phone: '', email: '', website: '', ketuaName: b, ketuaTitle: a,
          sekretarisName: '', placeName: a, officeCode: b, paper: 'F4', timeZone: 'WIB'
        })
        if (profile.success) expect(profile.data.ketuaName).toBe(b.trim())
        const meeting = meetingFields.safeParse({
          title: a, kind: 'lainnya', dates: ['2019-12-20'], timeStart: '09:00', timeEnd: '', timeZone: 'WIB', place: b,
          agenda: [a, b], basis: [], objectives: [], signer: ketuaSigner, notes: b
        })
        if (meeting.success) expect(meeting.data.agenda).toEqual([a.trim(), b.trim()])
        const draft = undanganDraft.safeParse({
          date: '2019-12-17', sifat: 'Penting', lampiran: a, hal: 'Undangan', mode: 'per-penerima', opening: b || 'x', closing: a || 'x',
          tembusan: [a], code: 'SKR', signer: ketuaSigner
        })
        if (draft.success) expect(draft.data.tembusan).toEqual([a.trim()])
      }),
      { numRuns: 500 }
    )
  })

  test('reading any text as a data file returns problems, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'sekretariat-pkk-data', version: 2, tables: v }))), (text) => {
        const r = readDataFile(text)
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0)
      }),
      { numRuns: 500 }
    )
  })
})
