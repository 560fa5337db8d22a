import { BrowserWindow, app, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron'
import { access, mkdir, writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { join } from 'node:path'
import { channels } from '../../../shared/ipc/channels'
import { openExternalArgs, printPdfArgs, type AppInfo } from '../../../shared/ipc/contract'
import { isTrustedUrl } from '../trusted-sender'
import type { Kiosk } from '../kiosk'
import { lockPrintWindow, printDocuments } from '../print'
import { readAppSettings, writeAppSettings } from '../app-settings'
import { backupRateLimiter, handleBackupStatus, handleListBackups, handleReadBackup, handleWriteBackup, type BackupDeps } from './backup'
import { handlePhotosHave, handlePhotosRead, handlePhotosWrite } from './photo-store'
import { handleSaveFile } from './files'
import { handleOpenSendLink, handleSaveSendingFiles, handleShowSendingFile, type SendingDeps } from './sending'
import { handleReadGuard, handleWriteGuard } from './guard'
import { handleJournalAppend, handleJournalCheckpoint, handleJournalRead, mainJournal } from './journal'
import { handleCreateSelfSigned, handleInspectP12, handleSignPdf, verifyPdfOffThread } from './signing'
import startVerifyWorker from '../verify-worker?nodeWorker'

const settingsFile = () => join(app.getPath('userData'), 'pengaturan.json')

/** Default: Documents/Sekretariat PKK/Cadangan, where the secretary can see it. */
export function backupFolder(): string {
  return readAppSettings(settingsFile()).backupFolder ?? join(app.getPath('documents'), 'Sekretariat PKK', 'Cadangan')
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** Every handler checks who is calling before parsing its arguments with the contract's schema. */
export function registerIpc(devServerUrl: string | undefined, kiosk: Kiosk): void {
  const guarded = (channel: string, handler: Handler) =>
    ipcMain.handle(channel, (event, ...args) => {
      if (!isTrustedUrl(event.senderFrame?.url, devServerUrl)) throw new Error('Pemanggil tidak dikenal')
      return handler(event, ...args)
    })

  guarded(channels.saveFile, (event, raw) =>
    handleSaveFile(
      {
        async askPath(defaultName, filter) {
          const win = BrowserWindow.fromWebContents(event.sender) ?? undefined
          const opts = { defaultPath: join(app.getPath('documents'), defaultName), filters: [filter] }
          const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts)
          return r.canceled ? undefined : r.filePath
        },
        writeFile: (path, data) => writeFile(path, data)
      },
      raw
    )
  )

  guarded(channels.printPdf, async (_event, raw) => {
    const args = printPdfArgs.parse(raw)
    // Chromium's PDF viewer shows the exact pages of our PDF and has its own print button. The PDF is served
    // from memory by app://cetak/ (print.ts) and forgotten when its window closes: no temporary file.
    const url = printDocuments.put(args.data)
    const viewer = new BrowserWindow({
      title: args.title,
      width: 900,
      height: 1000,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, plugins: true, disableBlinkFeatures: 'Auxclick' }
    })
    viewer.on('closed', () => printDocuments.remove(url))
    lockPrintWindow(viewer.webContents)
    viewer.setMenuBarVisibility(false)
    await viewer.loadURL(url)
  })

  const backupDeps: BackupDeps = {
    folder: backupFolder,
    now: () => new Date(),
    counterFile: () => join(app.getPath('userData'), 'cadangan-urutan.json'),
    rate: backupRateLimiter(() => performance.now())
  }
  guarded(channels.backupWrite, (_e, raw) => handleWriteBackup(backupDeps, raw))
  guarded(channels.backupList, () => handleListBackups(backupDeps))
  guarded(channels.backupRead, (_e, raw) => handleReadBackup(backupDeps, raw))
  guarded(channels.backupStatus, () => handleBackupStatus(backupDeps))
  guarded(channels.photosHave, (_e, raw) => handlePhotosHave(backupFolder, raw))
  guarded(channels.photosWrite, (_e, raw) => handlePhotosWrite(backupFolder, raw))
  guarded(channels.photosRead, (_e, raw) => handlePhotosRead(backupFolder, raw))
  guarded(channels.backupChooseFolder, async (event) => {
    const win = BrowserWindow.fromWebContents(event.sender)
    const opts = { title: 'Pilih folder cadangan', defaultPath: backupFolder(), properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
    const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts)
    const folder = r.filePaths[0]
    if (r.canceled || !folder) return null
    writeAppSettings(settingsFile(), { ...readAppSettings(settingsFile()), backupFolder: folder })
    return handleBackupStatus(backupDeps)
  })

  const guardFile = () => join(app.getPath('userData'), 'penjaga.json')
  guarded(channels.guardRead, () => handleReadGuard(guardFile()))
  guarded(channels.guardWrite, (_e, raw) => handleWriteGuard(guardFile(), raw))

  // The change journal beside the guard record: jurnal.log and jurnal-dasar.json in the user-data folder.
  const journal = mainJournal(app.getPath('userData'))
  guarded(channels.journalAppend, (_e, raw) => handleJournalAppend(journal, raw))
  guarded(channels.journalRead, () => handleJournalRead(journal))
  guarded(channels.journalCheckpoint, (_e, raw) => handleJournalCheckpoint(journal, raw))

  guarded(channels.signingCreateSelfSigned, (_e, raw) => handleCreateSelfSigned(raw))
  guarded(channels.signingInspectP12, (_e, raw) => handleInspectP12(raw))
  guarded(channels.signingSignPdf, (_e, raw) => handleSignPdf(raw))
  guarded(channels.signingVerifyPdf, (_e, raw) => verifyPdfOffThread(raw, () => startVerifyWorker({})))

  guarded(channels.kioskSet, (event, raw) => kiosk.set(raw, BrowserWindow.fromWebContents(event.sender)))

  guarded(channels.appInfo, (): AppInfo => ({
    version: app.getVersion(),
    platform: 'electron',
    dataLocation: app.getPath('userData')
  }))

  const sendingDeps: SendingDeps = {
    root: () => join(app.getPath('documents'), 'Sekretariat PKK', 'Undangan terkirim'),
    mkdir: async (path) => {
      await mkdir(path, { recursive: true })
    },
    writeFile: (path, data) => writeFile(path, data),
    exists: (path) => access(path).then(
      () => true,
      () => false
    ),
    showItemInFolder: (path) => shell.showItemInFolder(path),
    // Only after openSendLinkArgs (https://wa.me/62… or mailto:) in handleOpenSendLink.
    openExternal: (url) => shell.openExternal(url)
  }
  guarded(channels.sendingOpenLink, (_e, raw) => handleOpenSendLink(sendingDeps, raw))
  guarded(channels.sendingSaveFiles, (_e, raw) => handleSaveSendingFiles(sendingDeps, raw))
  guarded(channels.sendingShowFile, (_e, raw) => handleShowSendingFile(sendingDeps, raw))

  guarded(channels.openExternal, async (_event, raw) => {
    const { url } = openExternalArgs.parse(raw)
    await shell.openExternal(url)
  })
}
