import { basename, extname } from 'node:path'
import { fileKindLabel, saveFileArgs, type SaveFileResult } from '../../../shared/ipc/contract'

export interface SaveDeps {
  /** Shows the save dialog; returns the chosen path or undefined when cancelled. */
  askPath(defaultName: string, filter: { name: string; extensions: string[] }): Promise<string | undefined>
  writeFile(path: string, data: Uint8Array): Promise<void>
}

/** pkk:save-file: the user chooses where; we only ever write the path the dialog returned. */
export async function handleSaveFile(deps: SaveDeps, raw: unknown): Promise<SaveFileResult> {
  const args = saveFileArgs.parse(raw)
  const ext = `.${args.kind}`
  const name = extname(args.suggestedName).toLowerCase() === ext ? args.suggestedName : `${args.suggestedName}${ext}`
  const chosen = await deps.askPath(name, { name: fileKindLabel[args.kind], extensions: [args.kind] })
  if (!chosen) return { saved: false }
  const path = extname(chosen).toLowerCase() === ext ? chosen : `${chosen}${ext}`
  await deps.writeFile(path, args.data)
  return { saved: true, fileName: basename(path) }
}
