import { fileChecksum, tablesChecksum } from '@shared/datafile'

type FileJson = { tables: unknown } & Record<string, unknown>

/** A data file edited in a test, given both checksums anew: as the app would have written it. */
export function sealed(file: FileJson): string {
  const { fileChecksum: _old, ...rest } = file
  const withTables = { ...rest, checksum: tablesChecksum(file.tables) }
  return JSON.stringify({ ...withTables, fileChecksum: fileChecksum(withTables) })
}

/** A data file as an app from before the whole-file checksum wrote it: the tables' checksum only. */
export function sealedByOlderApp(file: FileJson): string {
  const { fileChecksum: _old, ...rest } = file
  return JSON.stringify({ ...rest, checksum: tablesChecksum(file.tables) })
}
