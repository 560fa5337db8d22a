import { describe, expect, test } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { createKiosk, lockedMenuTemplate, type KeyInput, type KioskWindow } from '../../../electron/main/kiosk'

function fakeWindow() {
  const calls: string[] = []
  const win: KioskWindow = {
    setFullScreen: (f) => void calls.push(`fullscreen:${f}`),
    setMenuBarVisibility: (v) => void calls.push(`menubar:${v}`),
    isDestroyed: () => false
  }
  return { win, calls }
}

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods })

function everyItem(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? everyItem(i.submenu) : [])])
}

describe('the meja registrasi in main', () => {
  test('on: full screen, no menu bar, the locked menu; off: all back', () => {
    const locked: boolean[] = []
    const kiosk = createKiosk({ setMenuLocked: (l) => void locked.push(l) })
    const { win, calls } = fakeWindow()
    kiosk.set({ on: true }, win)
    expect(kiosk.on).toBe(true)
    expect(calls).toEqual(['menubar:false', 'fullscreen:true'])
    kiosk.set({ on: false }, win)
    expect(kiosk.on).toBe(false)
    expect(calls.slice(2)).toEqual(['menubar:true', 'fullscreen:false'])
    expect(locked).toEqual([true, false])
  })

  test.each([[undefined], [{}], [{ on: 'ya' }], [{ on: true, extra: 1 }], ['on']])('refuses %j before touching the window', (raw) => {
    const locked: boolean[] = []
    const kiosk = createKiosk({ setMenuLocked: (l) => void locked.push(l) })
    const { win, calls } = fakeWindow()
    expect(() => kiosk.set(raw, win)).toThrow()
    expect(calls).toEqual([])
    expect(locked).toEqual([])
    expect(kiosk.on).toBe(false)
  })

  test('while on, reload, zoom, developer tools, print, function keys and Alt are swallowed; typing and editing are not', () => {
    const kiosk = createKiosk({ setMenuLocked: () => undefined })
    const blockedKeys = [key('r', { control: true }), key('R', { control: true, shift: true }), key('F5'), key('F11'), key('F12'), key('I', { control: true, shift: true }), key('=', { control: true }), key('-', { control: true }), key('0', { control: true }), key('p', { meta: true }), key('Alt'), key('q', { meta: true })]
    const typing = [key('a'), key('S', { shift: true }), key('Backspace'), key('Enter'), key('c', { control: true }), key('v', { control: true }), key('z', { control: true })]
    expect(blockedKeys.some((k) => kiosk.blocks(k))).toBe(false)
    kiosk.set({ on: true }, undefined)
    for (const k of blockedKeys) expect(kiosk.blocks(k), JSON.stringify(k)).toBe(true)
    for (const k of typing) expect(kiosk.blocks(k), JSON.stringify(k)).toBe(false)
    expect(kiosk.blocks({ ...key('r', { control: true }), type: 'keyUp' })).toBe(false)
  })

  test('the locked menu has nothing to click: no role, no accelerator, no click handler, every item disabled', () => {
    const items = everyItem(lockedMenuTemplate())
    const leaves = items.filter((i) => !i.submenu)
    expect(leaves.length).toBeGreaterThan(0)
    for (const i of items) {
      expect(i.role).toBeUndefined()
      expect(i.accelerator).toBeUndefined()
      expect(i.click).toBeUndefined()
    }
    for (const i of leaves) expect(i.enabled).toBe(false)
  })
})
