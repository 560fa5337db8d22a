import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

/** Test seam: runs after the data is in the temporary file and before it replaces the target (a crash there). */
export interface AtomicWriteHooks {
  beforeRename?(tmp: string): void | Promise<void>
}

/** A hidden temporary file beside the target (same folder, so the rename stays on one file system). */
export const tempFileFor = (file: string): string => join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)

/** Folders cannot be opened for fsync on Windows; there the rename is as durable as NTFS makes it. */
function syncFolderSync(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // EISDIR / EPERM on Windows: nothing more to do.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null)
  if (!handle) return
  try {
    await handle.sync()
  } catch {
    // As above.
  } finally {
    await handle.close()
  }
}

/**
 * The one way main writes a file it must not lose (backups, pengaturan.json, window-state.json,
 * penjaga.json): write a temporary file, fsync it, rename it over the target, fsync the folder.
 * After a crash or power cut at any point the target holds either the old content or the new, never a mix.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, hooks: AtomicWriteHooks = {}): Promise<void> {
  const tmp = tempFileFor(file)
  try {
    const handle = await open(tmp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await hooks.beforeRename?.(tmp)
    await rename(tmp, file)
  } catch (err) {
    await unlink(tmp).catch(() => undefined)
    throw err
  }
  await syncFolder(dirname(file))
}

/** The same, synchronously: for the window state written while the window closes. */
export function writeFileAtomicSync(file: string, data: string | Uint8Array, hooks: { beforeRename?(tmp: string): void } = {}): void {
  const tmp = tempFileFor(file)
  try {
    const fd = openSync(tmp, 'wx')
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      let off = 0
      while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    hooks.beforeRename?.(tmp)
    renameSync(tmp, file)
  } catch (err) {
    try {
      unlinkSync(tmp)
    } catch {
      // Already gone.
    }
    throw err
  }
  syncFolderSync(dirname(file))
}
