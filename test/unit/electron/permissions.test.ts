import { describe, expect, test } from 'vitest'
import { isPermissionAllowed } from '../../../electron/main/permissions'

// Every permission Electron 39 hands to the request or check handler.
const permissions = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'geolocation',
  'idle-detection',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'window-management',
  'unknown',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'deprecated-sync-clipboard-read'
]

describe('permissions: exactly what the app uses, for the app only', () => {
  test.each(permissions)('%s', (permission) => {
    const allowed = permission === 'clipboard-sanitized-write'
    expect(isPermissionAllowed(permission, 'app://bundle/index.html#/agenda', undefined)).toBe(allowed)
    // The check handler gets an origin rather than a URL.
    expect(isPermissionAllowed(permission, 'app://bundle', undefined)).toBe(allowed)
    expect(isPermissionAllowed(permission, 'http://localhost:5173/', 'http://localhost:5173')).toBe(allowed)
  })

  test.each(['app://cetak/00000000-0000-0000-0000-000000000000.pdf', 'https://contoh.go.id/', 'file:///C:/x.html', 'http://localhost:5173/', '', undefined])(
    'nothing for a page that is not the app: %s',
    (url) => {
      for (const permission of permissions) expect(isPermissionAllowed(permission, url, undefined)).toBe(false)
    }
  )
})
