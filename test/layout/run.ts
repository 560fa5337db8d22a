import type { Snapshot } from '../../shared/datafile'
import { renderPdf } from '../../shared/documents'
import { buildRegisterDocument } from '../../shared/documents/builders/register'
import type { FontSet } from '../../shared/documents/fonts'
import { meetingDocuments } from '../../shared/meetings'
import { checkPdf, type Finding } from './check'

export interface CheckedDocument {
  name: string
  pages: number
  findings: Finding[]
}

/** Every document of every meeting of a snapshot, and its registers, rendered to PDF and checked. */
export async function checkSnapshot(snapshot: Snapshot, fonts: FontSet, keep?: (name: string, pdf: Uint8Array) => Promise<void>): Promise<Finding[]> {
  const findings: Finding[] = []
  const docs = snapshot.meetings.flatMap((m) => meetingDocuments(snapshot, m))
  const profile = snapshot.profile[0]
  if (profile)
    for (const year of [...new Set(snapshot.letters.map((l) => l.year))])
      docs.push({ fileName: `Buku Agenda Surat Keluar ${year}`, layout: buildRegisterDocument({ profile, year, letters: snapshot.letters.filter((l) => l.year === year) }) })
  for (const doc of docs) {
    const pdf = await renderPdf(doc.layout, fonts)
    if (keep) await keep(doc.fileName, pdf)
    findings.push(...(await checkPdf(doc.fileName, doc.layout, pdf, { lampiran: doc.fileName.includes('Undangan') })))
  }
  return findings
}
