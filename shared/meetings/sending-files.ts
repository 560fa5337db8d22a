import { documentFileName } from '../documents/file-names'
import type { DocumentLayout, RichText } from '../documents/layout'

const plain = (t: RichText): string => (typeof t === 'string' ? t : t.map((r) => r.text).join(''))
const norm = (s: string) => s.trim().replace(/\s+/g, ' ')

/**
 * The letter one invitee receives, from the invitation as it prints (the frozen copy once issued): one
 * letter per invitee holds a section addressed to her (found by its "Kepada Yth." lines); a letter to
 * "(daftar terlampir)" is the same for every invitee. Undefined when the letters hold none addressed to
 * her (she was invited after the number was issued: the invitation needs its correction first).
 */
export function inviteeLetter(layout: DocumentLayout, addressee: readonly string[]): DocumentLayout | undefined {
  // Compared as one run of words: beside the QR code of a personal code, a long line is broken in two
  // (shared/documents/builders/undangan-code.ts).
  const wanted = norm(addressee.join(' '))
  const section = layout.sections.find((s) => norm(sectionAddressee(s.blocks).join(' ')) === wanted)
  if (section) return layout.sections.length === 1 ? layout : { ...layout, title: `${layout.title}: ${norm(addressee[0] ?? '')}`, sections: [section] }
  const first = layout.sections[0]
  return first && sectionAddressee(first.blocks).join('\n') === ATTACHED ? layout : undefined
}

const ATTACHED = '(daftar terlampir)'

/** The paragraphs between "Kepada Yth." and "di": the addressee block of a letter. */
function sectionAddressee(blocks: DocumentLayout['sections'][number]['blocks']): string[] {
  const start = blocks.findIndex((b) => b.kind === 'paragraph' && norm(plain(b.text)) === 'Kepada Yth.')
  if (start < 0) return []
  const out: string[] = []
  for (const b of blocks.slice(start + 1)) {
    if (b.kind !== 'paragraph') break
    const t = norm(plain(b.text))
    if (t === 'di') break
    out.push(t)
  }
  return out
}

/**
 * File names of the invitees' PDFs, "Undangan Ny. Hj. Nevi Irwan Prayitno": one per invitee, in her
 * order, each distinct (two invitees of the same name get " (2)"), safe on every file system.
 */
export function inviteeFileNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return names.map((name) => {
    const base = documentFileName('Undangan', name).slice(0, 140).trim()
    const key = base.toLocaleLowerCase('id-ID')
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    return n === 1 ? base : `${base} (${n})`
  })
}

/** The folder and the .zip the invitees' PDFs go into: "Undangan 296-SKR-PKK-PROP-XII-2019 per penerima". */
export const sendingFolderName = (number: string | undefined, meetingTitle: string): string =>
  documentFileName('Undangan', number ?? meetingTitle, 'per penerima')
