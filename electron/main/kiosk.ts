import type { MenuItemConstructorOptions } from 'electron'
import { kioskSetArgs } from '../../shared/ipc/contract'

/** The slice of a BrowserWindow the meja registrasi changes; a plain object in the tests. */
export interface KioskWindow {
  setFullScreen(flag: boolean): void
  setMenuBarVisibility(visible: boolean): void
  isDestroyed(): boolean
}

/** A key press as Electron's before-input-event reports it (the fields used here). */
export interface KeyInput {
  type: string
  key: string
  control: boolean
  meta: boolean
  alt: boolean
  shift: boolean
}

export interface KioskDeps {
  /** Puts in the menu for the mode: the locked one has no items, no roles and no accelerators (menu.ts). */
  setMenuLocked(locked: boolean): void
}

// Editing keys a participant needs while typing her name; every other Ctrl/Cmd shortcut is swallowed.
const EDITING = new Set(['a', 'c', 'v', 'x', 'z', 'y'])

/**
 * The meja registrasi in main: while the renderer says it runs, the window is full screen, the menu bar
 * hidden, the menu's shortcuts gone (reload, zoom, full screen, developer tools, the pages) and the
 * browser's own shortcuts swallowed. A lock against participants wandering, not against the operating
 * system (the words): closing the window still works, and the app opens locked again.
 */
export function createKiosk(deps: KioskDeps) {
  let on = false
  return {
    get on(): boolean {
      return on
    },
    /** The IPC handler's body: arguments parsed first, then the window changed. */
    set(raw: unknown, win: KioskWindow | null | undefined): void {
      const args = kioskSetArgs.parse(raw)
      on = args.on
      deps.setMenuLocked(on)
      if (win && !win.isDestroyed()) {
        win.setMenuBarVisibility(!on)
        win.setFullScreen(on)
      }
    },
    /** Whether a key press is swallowed (before-input-event): only while the mode runs. */
    blocks(input: KeyInput): boolean {
      if (!on || input.type !== 'keyDown') return false
      if (/^F\d{1,2}$/.test(input.key)) return true
      if ((input.control || input.meta) && !(EDITING.has(input.key.toLowerCase()) && !input.alt)) return true
      // Alt alone shows a hidden menu bar on Windows and Linux.
      if (input.key === 'Alt') return true
      return false
    }
  }
}
export type Kiosk = ReturnType<typeof createKiosk>

/** The menu while the mode runs: one item that says how to leave, no roles, no accelerators, nothing to click. */
export function lockedMenuTemplate(): MenuItemConstructorOptions[] {
  return [{ label: 'Meja registrasi', submenu: [{ label: 'Keluar dengan PIN sekretaris di layar', enabled: false }] }]
}
