import { buildRegisterDocument } from '@shared/documents/builders/register'
import { documentFileName } from '@shared/documents/file-names'
import { getDb } from '../../data/db'
import { getProfile } from '../../data/profile-repo'
import { renderLayout } from '../../documents/service'
import type { PrintRegisterPdf } from './AgendaPage'

/** BUKU AGENDA SURAT KELUAR of the rows on screen, as a PDF on the office's paper, saved where the user chooses. */
export const saveRegisterPdf: PrintRegisterPdf = async (rows, filter) => {
  const profile = await getProfile(getDb())
  if (!profile) throw new Error('Isi data kantor terlebih dahulu.')
  const layout = buildRegisterDocument({
    profile,
    year: filter.year,
    ...(filter.code ? { codeFilter: filter.code } : {}),
    letters: rows.map((r) => r.letter)
  })
  const bytes = await renderLayout(layout, 'pdf')
  await window.pkk.saveFile({
    suggestedName: `${documentFileName('Buku Agenda Surat Keluar', String(filter.year), filter.code ?? '')}.pdf`,
    kind: 'pdf',
    data: bytes
  })
}
