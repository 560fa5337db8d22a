import { join, relative, isAbsolute } from 'node:path'
import { openSendLinkArgs, saveSendingFilesArgs, showSendingFileArgs, type SaveSendingFilesResult } from '../../../shared/ipc/contract'

export interface SendingDeps {
  /** The folder under which each invitation's PDFs get a folder of their own (Documents/Sekretariat PKK/Undangan terkirim). */
  root(): string
  mkdir(path: string): Promise<void>
  writeFile(path: string, data: Uint8Array): Promise<void>
  exists(path: string): Promise<boolean>
  showItemInFolder(path: string): void
  openExternal(url: string): Promise<void>
}

/** A path inside the root, from names the contract already checked (no separators, no ".."); checked again here. */
function inside(root: string, ...names: string[]): string {
  const path = join(root, ...names)
  const rel = relative(root, path)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new Error('Nama berkas tidak sah')
  return path
}

/** pkk:sending-open-link: only a WhatsApp chat or a new e-mail, within Windows' link length. */
export async function handleOpenSendLink(deps: Pick<SendingDeps, 'openExternal'>, raw: unknown): Promise<void> {
  const { url } = openSendLinkArgs.parse(raw)
  await deps.openExternal(url)
}

/** pkk:sending-save-files: the invitees' PDFs (and their .zip) into the invitation's own folder, replacing an earlier copy. */
export async function handleSaveSendingFiles(deps: SendingDeps, raw: unknown): Promise<SaveSendingFilesResult> {
  const args = saveSendingFilesArgs.parse(raw)
  const folder = inside(deps.root(), args.folder)
  await deps.mkdir(folder)
  for (const f of args.files) await deps.writeFile(inside(deps.root(), args.folder, f.name), f.data)
  return { location: folder, canShow: true }
}

/** pkk:sending-show-file: selects one of those files in the system's file window; false when it is not there. */
export async function handleShowSendingFile(deps: SendingDeps, raw: unknown): Promise<boolean> {
  const args = showSendingFileArgs.parse(raw)
  const path = inside(deps.root(), args.folder, args.name)
  if (!(await deps.exists(path))) return false
  deps.showItemInFolder(path)
  return true
}
