import { describe, expect, test } from 'vitest'
import { isAllowedExternal, isTrustedUrl } from '../../../electron/main/trusted-sender'
import { restoreWindowState, DEFAULT_WINDOW } from '../../../electron/main/window-state'

describe('who may call the API', () => {
  test('the bundle is trusted, other origins are not', () => {
    expect(isTrustedUrl('app://bundle/index.html', undefined)).toBe(true)
    expect(isTrustedUrl('app://bundle/index.html#/kontak', undefined)).toBe(true)
    expect(isTrustedUrl('app://evil/index.html', undefined)).toBe(false)
    expect(isTrustedUrl('https://example.com/', undefined)).toBe(false)
    expect(isTrustedUrl('file:///C:/x.html', undefined)).toBe(false)
    expect(isTrustedUrl(undefined, undefined)).toBe(false)
    expect(isTrustedUrl('http://localhost:5173/', undefined)).toBe(false)
  })
  test('the dev server is trusted only while developing', () => {
    expect(isTrustedUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true)
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })
  test('only https and mailto links leave the app, to the system browser', () => {
    expect(isAllowedExternal('https://sumbarprov.go.id')).toBe(true)
    expect(isAllowedExternal('mailto:tppkk@sumbarprov.go.id')).toBe(true)
    expect(isAllowedExternal('http://insecure.example')).toBe(false)
    expect(isAllowedExternal('file:///C:/Windows/system32/calc.exe')).toBe(false)
    expect(isAllowedExternal('javascript:alert(1)')).toBe(false)
  })
})

describe('window size and position are remembered', () => {
  const display = { x: 0, y: 0, width: 1366, height: 728 }
  test('a saved window on a present display comes back as it was', () => {
    const s = { x: 40, y: 30, width: 1200, height: 700, maximized: false }
    expect(restoreWindowState(s, [display])).toEqual(s)
  })
  test('a window left on an unplugged monitor opens on the main display', () => {
    const r = restoreWindowState({ x: 3000, y: 100, width: 1200, height: 700, maximized: true }, [display])
    expect(r.x).toBeUndefined()
    expect(r.width).toBe(1200)
    expect(r.maximized).toBe(true)
  })
  test('a damaged state file gives the default window', () => {
    expect(restoreWindowState('garbage', [display])).toEqual(DEFAULT_WINDOW)
    expect(restoreWindowState({ width: 10, height: 10, maximized: false }, [display])).toEqual(DEFAULT_WINDOW)
  })
})
