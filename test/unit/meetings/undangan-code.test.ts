import 'fake-indexeddb/auto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readDataFile, toDataFile, type Snapshot } from '../../../shared/datafile'
import { renderPdf, type Block, type DocumentLayout, type FontSet, type Paper } from '../../../shared/documents'
import { freezeLayout, frozenLayout, thawLayout } from '../../../shared/documents/frozen-layout'
import {
  documentChangeKey,
  findByPersonalCode,
  formatPersonalCode,
  freezeIssuedDocuments,
  frozenCopyOf,
  meetingContext,
  meetingDocuments,
  personalCode,
  snapshotSources,
  undanganKind,
  type DocumentSources
} from '../../../shared/meetings'
import type { Meeting, MeetingDocument, UndanganDraft } from '../../../shared/model'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { issueDocument } from '../../../renderer/src/data/document-commands'
import { addInvitees, createMeeting } from '../../../renderer/src/data/meetings-repo'
import { readSnapshot, replaceAll } from '../../../renderer/src/data/snapshot-repo'
import { buildDemoSnapshot, RAKON } from '../../../scripts/lib/demo-office'
import { loadNodeFonts } from '../../../scripts/lib/node-fonts'
import { readQr } from '../documents/code-pages'
import { pageText, readPdf } from '../documents/support'

/** The layout with its keep-together groups replaced by their blocks (what prints, without how pages may break). */
function ungrouped(value: unknown): unknown {
  if (Array.isArray(value)) return value.flatMap((v) => (isGroup(v) ? (ungrouped(v.blocks) as unknown[]) : [ungrouped(v)]))
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ungrouped(v)]))
  return value
}
const isGroup = (v: unknown): v is { kind: 'keep-together'; blocks: unknown[] } =>
  typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'keep-together' && Array.isArray((v as { blocks?: unknown }).blocks)

let snapshot: Snapshot
let meeting: Meeting
let doc: MeetingDocument
let src: DocumentSources
let draft: UndanganDraft
let fonts: FontSet

beforeAll(async () => {
  snapshot = await buildDemoSnapshot()
  fonts = await loadNodeFonts()
  const m = snapshot.meetings.find((x) => x.kind === 'rapat-konsultasi')
  const d = snapshot.documents.find((x) => x.meetingId === m?.id && x.kind === 'undangan')
  if (!m || !d?.undangan) throw new Error('rapat demo tanpa undangan')
  meeting = m
  doc = d
  draft = { ...d.undangan, mode: 'per-penerima' }
  const s = snapshotSources(meetingContext(snapshot, meeting))
  if (!s) throw new Error('data demo tanpa profil')
  src = s
}, 60_000)

/** The code line of each letter, in order ("Kode registrasi: K7Q-2MX" → "K7Q-2MX"). */
function printedCodes(layout: DocumentLayout): (string | undefined)[] {
  return layout.sections.map((s) => {
    const line = s.blocks.find((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph' && JSON.stringify(b.text).includes('Kode registrasi'))
    return line && typeof line.text !== 'string' ? line.text[1]?.text : undefined
  })
}

const has = (layout: DocumentLayout, what: string) => JSON.stringify(layout.sections).includes(what)

describe('personal codes on the invitation of the Rapat Konsultasi', () => {
  it('one letter per invitee prints each invitee’s own code, the one the meja registrasi finds her by', () => {
    const layout = undanganKind.layout(src, draft, '296/SKR/PKK-PROP/XII/2019')
    expect(layout.sections).toHaveLength(65)
    const printed = printedCodes(layout)
    printed.forEach((code, i) => {
      const invitee = src.invitees[i]
      if (!invitee) throw new Error('undangan tanpa penerima')
      expect(code).toBe(formatPersonalCode(personalCode(meeting.id, invitee.id)))
      // Typed at the door, the printed code finds her.
      expect(findByPersonalCode(meeting.id, src.invitees, code ?? '').map((x) => x.id)).toContain(invitee.id)
    })
    // The QR image of the first letter holds the code alone.
    const first = layout.sections[0]?.blocks.find((b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph' && b.floating !== undefined)
    const image = first?.floating ? layout.images[first.floating.image] : undefined
    if (!image) throw new Error('surat pertama tanpa kode QR')
    const png = join(mkdtempSync(join(tmpdir(), 'pkk-kode-')), 'qr.png')
    writeFileSync(png, image.data)
    expect(readQr(png)).toBe(personalCode(meeting.id, src.invitees[0]?.id ?? ''))
  })

  it('the single letter with the attached list has no code (it has no single recipient)', () => {
    const layout = undanganKind.layout(src, { ...draft, mode: 'daftar-terlampir' }, '296/SKR/PKK-PROP/XII/2019')
    expect(has(layout, 'Kode registrasi')).toBe(false)
    expect(has(layout, 'floating')).toBe(false)
  })

  it('the secretary can leave the code off: then the letters are exactly those of before the code existed', () => {
    const three = { ...src, invitees: src.invitees.slice(0, 3) }
    const off = undanganKind.layout(three, { ...draft, personalCode: false }, '296/SKR/PKK-PROP/XII/2019')
    expect(has(off, 'Kode registrasi')).toBe(false)
    // The fixture is what the builder made before personal codes (commit c964ca0), for the same three invitees.
    // Since then the closing and the Tembusan keep together as one group (issue 16), so the groups are
    // compared flattened: every block, text and measure the same, in the same order.
    const before = frozenLayout.parse(JSON.parse(readFileSync(new URL('../../fixtures/undangan-per-penerima-before-codes.json', import.meta.url), 'utf8')))
    expect(ungrouped(freezeLayout(off))).toEqual(ungrouped(before))
  })

  it('a per-recipient letter issued before the code prints from its frozen copy, exactly as before: no code', async () => {
    const before = frozenLayout.parse(JSON.parse(readFileSync(new URL('../../fixtures/undangan-per-penerima-before-codes.json', import.meta.url), 'utf8')))
    const letterId = doc.letterId ?? ''
    const frozen = { ...(doc.frozen ?? frozenCopyOf(undanganKind, src, draft, { id: letterId, number: '296/SKR/PKK-PROP/XII/2019' }, 'x')), layout: before }
    const old: Snapshot = {
      ...snapshot,
      invitees: snapshot.invitees.filter((i) => i.meetingId !== meeting.id || src.invitees.slice(0, 3).some((v) => v.id === i.id)),
      documents: snapshot.documents.map((d) => (d.id === doc.id ? { ...d, undangan: draft, frozen } : d))
    }
    const printed = meetingDocuments(old, meeting).find((d) => d.fileName.startsWith('Undangan'))
    if (!printed) throw new Error('undangan tidak dicetak')
    expect(printed.layout).toEqual(thawLayout(before))
    const pages = await readPdf(await renderPdf(printed.layout, fonts))
    expect(pages).toHaveLength(3)
    for (const p of pages) expect(pageText(p)).not.toContain('Kode registrasi')
  })

  it('an issued letter found without a frozen copy (a database from before copies) gets one without codes, not flagged as changed', () => {
    const old: Snapshot = { ...snapshot, documents: snapshot.documents.map((d) => (d.id === doc.id ? { ...d, undangan: draft, frozen: undefined } : d)) }
    const made = freezeIssuedDocuments(old).documents.find((d) => d.id === doc.id)?.frozen
    if (!made) throw new Error('salinan tidak dibuat')
    const layout = thawLayout(made.layout)
    expect(layout.sections).toHaveLength(65)
    expect(has(layout, 'Kode registrasi')).toBe(false)
    expect(made.changeKey).toBe(documentChangeKey(undanganKind, src, draft))
  })

  it('turning the code off after issue is a change of the letter (its key changes, so a correction is offered)', () => {
    expect(documentChangeKey(undanganKind, src, { ...draft, personalCode: false })).not.toBe(documentChangeKey(undanganKind, src, draft))
  })

  for (const paper of ['F4', 'A4'] as const satisfies readonly Paper[]) {
    it(`65 letters on ${paper}: as many pages with the code as without, each letter as long`, async () => {
      const onPaper = { ...src, profile: { ...src.profile, paper } }
      const letterStarts = async (d: UndanganDraft) =>
        (await readPdf(await renderPdf(undanganKind.layout(onPaper, d, '296/SKR/PKK-PROP/XII/2019'), fonts))).map((p) => pageText(p).includes('Kepada Yth.'))
      const coded = await letterStarts(draft)
      const plain = await letterStarts({ ...draft, personalCode: false })
      expect(plain.filter(Boolean)).toHaveLength(65)
      expect(coded).toEqual(plain)
    }, 180_000)
  }
})

describe('issuing a per-recipient invitation from now on', () => {
  it('freezes each recipient’s code into the issued copy, which is what prints', async () => {
    const db = new PkkDatabase(`kode-${crypto.randomUUID()}`)
    await replaceAll(db, snapshot)
    const fresh = await createMeeting(db, { ...RAKON, title: 'Rapat Koordinasi Pokja', dates: ['2019-12-27'] }, new Date('2019-12-18T02:00:00Z'))
    const people = snapshot.people.slice(0, 3)
    await addInvitees(db, fresh.id, people.map((p) => `p:${p.id}`), new Date('2019-12-18T02:00:00Z'))
    await issueDocument(db, fresh.id, 'undangan', { ...draft, date: '2019-12-18' }, new Date('2019-12-18T03:00:00Z'))
    const after = await readSnapshot(db)
    db.close()
    await db.delete()
    const issued = after.documents.find((d) => d.meetingId === fresh.id && d.kind === 'undangan')
    if (!issued?.frozen) throw new Error('undangan tidak bernomor')
    const invitees = after.invitees.filter((i) => i.meetingId === fresh.id).sort((a, b) => a.order - b.order)
    const expected = invitees.map((i) => formatPersonalCode(personalCode(fresh.id, i.id)))
    expect(printedCodes(thawLayout(issued.frozen.layout))).toEqual(expected)
    const printed = meetingDocuments(after, fresh).find((d) => d.fileName.startsWith('Undangan'))
    expect(printed && printedCodes(printed.layout)).toEqual(expected)
    // A backup of it reads back with the copy whole (its QR codes stand above their paragraph: a negative offset).
    const reread = readDataFile(JSON.stringify(toDataFile(after, 'test')))
    if (!reread.ok) throw new Error(reread.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
    expect(reread.snapshot.documents.find((d) => d.id === issued.id)?.frozen).toEqual(issued.frozen)
  })
})
