import { inviteeFileNames, inviteeLetter, sendingFolderName, type InviteeView } from '@shared/meetings'
import type { DocumentLayout } from '@shared/documents/layout'
import { renderLayout } from '../../documents/service'

export interface InviteePdf {
  inviteeId: string
  /** "Undangan Ny. Hj. Nevi Irwan Prayitno.pdf" */
  name: string
  data: Uint8Array
}

/** The invitee's PDF's file name, as in the folder and the .zip. */
export function inviteePdfName(invitees: readonly InviteeView[], inviteeId: string): string | undefined {
  const i = invitees.findIndex((v) => v.id === inviteeId)
  return i < 0 ? undefined : `${inviteeFileNames(invitees.map((v) => v.name))[i]}.pdf`
}

/**
 * One PDF per invitee, from the invitation as it prints under its number. A letter to "(daftar
 * terlampir)" is the same for everyone and is made once. `missing`: invitees with no letter under this
 * number (invited after issue).
 */
export async function inviteePdfs(
  printed: DocumentLayout,
  invitees: readonly InviteeView[],
  options: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {}
): Promise<{ files: InviteePdf[]; missing: InviteeView[] }> {
  const names = inviteeFileNames(invitees.map((v) => v.name))
  const made = new Map<unknown, Uint8Array>()
  const files: InviteePdf[] = []
  const missing: InviteeView[] = []
  for (const [i, v] of invitees.entries()) {
    const letter = inviteeLetter(printed, v.addressee)
    if (!letter) missing.push(v)
    else {
      const key = letter.sections[0]
      let data = made.get(key)
      if (!data) {
        data = await renderLayout(letter, 'pdf', options.signal ? { signal: options.signal } : {})
        made.set(key, data)
      }
      files.push({ inviteeId: v.id, name: `${names[i]}.pdf`, data })
    }
    options.onProgress?.(i + 1, invitees.length)
  }
  return { files, missing }
}

/** The PDFs in one .zip, in the invitees' order. */
export async function zipOf(files: readonly InviteePdf[]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip')
  const zip = new JSZip()
  // A fixed date: the same letters give the same archive.
  for (const f of files) zip.file(f.name, f.data, { date: new Date('2000-01-01T00:00:00Z') })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

export { sendingFolderName }
