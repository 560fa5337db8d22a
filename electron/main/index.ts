import { BrowserWindow, Menu, app, ipcMain, net, protocol, screen, session, shell } from 'electron'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { writeFileAtomicSync } from './atomic-write'
import { APP_HOST, APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from './app-protocol'
import { channels } from '../../shared/ipc/channels'
import { registerIpc } from './ipc/register'
import { isPermissionAllowed } from './permissions'
import { PRINT_HOST, printDocuments } from './print'
import { buildMenu } from './menu'
import { createKiosk } from './kiosk'
import { isAllowedExternal, isTrustedUrl } from './trusted-sender'
import { restoreWindowState, type WindowState } from './window-state'

// Fixed before the first release: Electron keeps IndexedDB in a folder named after the app.
app.setName('Sekretariat PKK')
if (process.platform === 'win32') app.setAppUserModelId('id.or.pkk.sekretariat')

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
])

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
const here = import.meta.dirname
const rendererRoot = join(here, '../renderer')
const stateFile = () => join(app.getPath('userData'), 'window-state.json')
let mainWindow: BrowserWindow | undefined
// The meja registrasi: the renderer says when it runs (kiosk.ts); the menu and shortcuts follow.
const kiosk = createKiosk({ setMenuLocked: (locked) => Menu.setApplicationMenu(buildMenu(() => mainWindow, !app.isPackaged, locked)) })

function readWindowState(): WindowState {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(stateFile(), 'utf8'))
  } catch {
    raw = undefined
  }
  return restoreWindowState(raw, screen.getAllDisplays().map((d) => d.workArea))
}

function saveWindowState(win: BrowserWindow): void {
  const b = win.getNormalBounds()
  const state: WindowState = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() }
  try {
    writeFileAtomicSync(stateFile(), JSON.stringify(state))
  } catch {
    // Losing the window position is harmless; never block quitting on it.
  }
}

function createWindow(): void {
  const state = readWindowState()
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Sekretariat PKK',
    icon: join(here, '../../resources/icon.png'),
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Middle-click must not open links in new windows (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's PDF viewer shows the in-app preview of our documents (blob: URLs only, per the CSP).
      plugins: true,
      devTools: !app.isPackaged
    }
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())
  // On close, the page writes the quit backup first; after 10 s we close regardless.
  let quitBackupAsked = false
  win.on('close', (event) => {
    saveWindowState(win)
    if (quitBackupAsked || win.webContents.isCrashed()) return
    quitBackupAsked = true
    event.preventDefault()
    const closeNow = () => {
      clearTimeout(timer)
      ipcMain.removeListener(channels.quitReady, onReady)
      if (!win.isDestroyed()) win.close()
    }
    const onReady = (e: Electron.IpcMainEvent) => {
      if (e.sender === win.webContents) closeNow()
    }
    const timer = setTimeout(closeNow, 10_000)
    ipcMain.on(channels.quitReady, onReady)
    win.webContents.send(channels.beforeQuit)
  })
  win.webContents.on('before-input-event', (event, input) => {
    if (kiosk.blocks(input)) event.preventDefault()
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, devServerUrl)) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  if (devServerUrl) void win.loadURL(devServerUrl)
  else void win.loadURL(`${APP_ORIGIN}/index.html`)
  mainWindow = win
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, async (request) => {
      // app://cetak/<id>.pdf: a PDF to print, from memory (print.ts); everything else is the bundle.
      if (new URL(request.url).host === PRINT_HOST) return printDocuments.respond(request.url)
      const file = resolveAppPath(rendererRoot, request.url)
      if (!file) return new Response('Tidak ditemukan', { status: 404 })
      const res = await net.fetch(pathToFileURL(file).toString())
      if (!res.ok) return new Response('Tidak ditemukan', { status: 404 })
      const headers = new Headers({ 'Content-Type': mimeTypeFor(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY })
      return new Response(res.body, { status: 200, headers })
    })
    // The app's own page may write to the clipboard ("Salin nomor"); nothing else, asked or checked (permissions.ts).
    session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) =>
      callback(isPermissionAllowed(permission, details.requestingUrl, devServerUrl))
    )
    session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
      isPermissionAllowed(permission, requestingOrigin, devServerUrl)
    )
    app.on('web-contents-created', (_e, contents) => {
      contents.on('will-attach-webview', (event) => event.preventDefault())
    })
    registerIpc(devServerUrl, kiosk)
    Menu.setApplicationMenu(buildMenu(() => mainWindow, !app.isPackaged))
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

export { APP_HOST }
