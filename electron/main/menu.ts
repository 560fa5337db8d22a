import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { channels } from '../../shared/ipc/channels'
import type { MenuCommand } from '../../shared/ipc/contract'
import { lockedMenuTemplate } from './kiosk'

/** The application menu, in Indonesian; commands go to the page, which owns navigation. Locked while the meja registrasi runs. */
export function buildMenu(getWindow: () => BrowserWindow | undefined, isDev: boolean, locked = false): Menu {
  if (locked) return Menu.buildFromTemplate(lockedMenuTemplate())
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(channels.menuCommand, command)
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Berkas',
      submenu: [
        { label: 'Beranda', accelerator: 'CmdOrCtrl+1', click: send('navigate:beranda') },
        { label: 'Rapat', accelerator: 'CmdOrCtrl+2', click: send('navigate:rapat') },
        { label: 'Agenda Surat', accelerator: 'CmdOrCtrl+3', click: send('navigate:agenda') },
        { label: 'Kontak', accelerator: 'CmdOrCtrl+4', click: send('navigate:kontak') },
        { label: 'Pengaturan', accelerator: 'CmdOrCtrl+,', click: send('navigate:pengaturan') },
        { type: 'separator' },
        { label: 'Cadangkan data sekarang', accelerator: 'CmdOrCtrl+Shift+S', click: send('backup') },
        { type: 'separator' },
        { label: 'Keluar', role: 'quit' }
      ]
    },
    {
      label: 'Sunting',
      submenu: [
        { label: 'Batalkan', role: 'undo' },
        { label: 'Ulangi', role: 'redo' },
        { type: 'separator' },
        { label: 'Potong', role: 'cut' },
        { label: 'Salin', role: 'copy' },
        { label: 'Tempel', role: 'paste' },
        { label: 'Pilih semua', role: 'selectAll' }
      ]
    },
    {
      label: 'Tampilan',
      submenu: [
        { label: 'Muat ulang', role: 'reload' },
        ...(isDev ? [{ label: 'Alat pengembang', role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { label: 'Ukuran asli', role: 'resetZoom' },
        { label: 'Perbesar', role: 'zoomIn' },
        { label: 'Perkecil', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Layar penuh', role: 'togglefullscreen' }
      ]
    },
    { label: 'Bantuan', submenu: [{ label: 'Tentang Sekretariat PKK', click: send('about') }] }
  ]
  return Menu.buildFromTemplate(template)
}
