import { channels } from '../../shared/ipc/channels'
import type {
  AppInfo,
  BackupEntry,
  CreateSelfSignedArgs,
  InspectP12Args,
  JournalCheckpointArgs,
  KioskSetArgs,
  SignPdfArgs,
  VerifyPdfArgs,
  BackupStatus,
  MenuCommand,
  PhotoReadResult,
  PhotosWriteArgs,
  PrintPdfArgs,
  SaveFileArgs,
  SaveFileResult,
  SaveSendingFilesArgs,
  SaveSendingFilesResult,
  ShowSendingFileArgs,
  WriteBackupArgs
} from '../../shared/ipc/contract'
import type { GuardRecord } from '../../shared/guard'
import type { AppendResult, JournalContents } from '../../shared/journal'
import type { CertificateInfo, SignPdfResult, VerifyResult } from '../../shared/signing'

/** The slice of ipcRenderer the API needs; lets this file stay free of Electron imports. */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  send(channel: string, ...args: unknown[]): void
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

/** The one API the renderer sees as window.pkk. Its type is taken from this object, never hand-kept. */
export function createApi(ipc: IpcLike) {
  return {
    platform: 'electron' as 'electron' | 'browser',
    saveFile: (args: SaveFileArgs) => ipc.invoke(channels.saveFile, args) as Promise<SaveFileResult>,
    printPdf: (args: PrintPdfArgs) => ipc.invoke(channels.printPdf, args) as Promise<void>,
    appInfo: () => ipc.invoke(channels.appInfo) as Promise<AppInfo>,
    openExternal: (url: string) => ipc.invoke(channels.openExternal, { url }) as Promise<void>,
    /** The sending list: a WhatsApp or e-mail link opened outside the app, the invitees' PDFs written and shown in their folder. */
    sending: {
      openLink: (url: string) => ipc.invoke(channels.sendingOpenLink, { url }) as Promise<void>,
      saveFiles: (args: SaveSendingFilesArgs) => ipc.invoke(channels.sendingSaveFiles, args) as Promise<SaveSendingFilesResult>,
      /** Selects the file in the system's file window; false when there is none (a browser, or the file is gone). */
      showFile: (args: ShowSendingFileArgs) => ipc.invoke(channels.sendingShowFile, args) as Promise<boolean>
    },
    backup: {
      write: (args: WriteBackupArgs) => ipc.invoke(channels.backupWrite, args) as Promise<BackupEntry>,
      list: () => ipc.invoke(channels.backupList) as Promise<BackupEntry[]>,
      read: (fileName: string) => ipc.invoke(channels.backupRead, { fileName }) as Promise<string>,
      status: () => ipc.invoke(channels.backupStatus) as Promise<BackupStatus>,
      chooseFolder: () => ipc.invoke(channels.backupChooseFolder) as Promise<BackupStatus | null>,
      /** The photo store beside the backups: which files it holds whole, write one, read one back. */
      photosHave: (hashes: string[]) => ipc.invoke(channels.photosHave, { hashes }) as Promise<string[]>,
      photosWrite: (args: PhotosWriteArgs) => ipc.invoke(channels.photosWrite, args) as Promise<void>,
      photosRead: (hash: string) => ipc.invoke(channels.photosRead, { hash }) as Promise<PhotoReadResult>,
      /** Runs `listener` when the window is about to close, then lets it close (even if the listener failed). */
      onBeforeQuit(listener: () => Promise<void>): () => void {
        const wrapped = () => {
          void listener()
            .catch(() => undefined)
            .finally(() => ipc.send(channels.quitReady))
        }
        ipc.on(channels.beforeQuit, wrapped)
        return () => ipc.removeListener(channels.beforeQuit, wrapped)
      }
    },
    /** Digital signatures with the office's .p12 (docs/signing.md); the password is passed per call, never kept. */
    signing: {
      createSelfSigned: (args: CreateSelfSignedArgs) =>
        ipc.invoke(channels.signingCreateSelfSigned, args) as Promise<{ p12: Uint8Array; info: CertificateInfo }>,
      inspectP12: (args: InspectP12Args) => ipc.invoke(channels.signingInspectP12, args) as Promise<CertificateInfo>,
      signPdf: (args: SignPdfArgs) => ipc.invoke(channels.signingSignPdf, args) as Promise<SignPdfResult>,
      verifyPdf: (args: VerifyPdfArgs) => ipc.invoke(channels.signingVerifyPdf, args) as Promise<VerifyResult>
    },
    guard: {
      read: () => ipc.invoke(channels.guardRead) as Promise<GuardRecord | null>,
      write: (record: GuardRecord) => ipc.invoke(channels.guardWrite, record) as Promise<void>
    },
    /** The change journal outside IndexedDB (shared/journal): append resolves once the entry is on disk. */
    journal: {
      append: (payload: string) => ipc.invoke(channels.journalAppend, { payload }) as Promise<AppendResult>,
      read: () => ipc.invoke(channels.journalRead) as Promise<JournalContents>,
      checkpoint: (args: JournalCheckpointArgs) => ipc.invoke(channels.journalCheckpoint, args) as Promise<void>
    },
    /** The meja registrasi: full screen and no menu shortcuts while on (main's kiosk.ts). */
    kiosk: {
      set: (args: KioskSetArgs) => ipc.invoke(channels.kioskSet, args) as Promise<void>
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const wrapped = (_e: unknown, command: unknown) => listener(command as MenuCommand)
      ipc.on(channels.menuCommand, wrapped)
      return () => ipc.removeListener(channels.menuCommand, wrapped)
    }
  }
}

export type PkkApi = ReturnType<typeof createApi>
