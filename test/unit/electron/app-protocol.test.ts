import { join, resolve } from 'node:path'
import { describe, expect, test } from 'vitest'
import { mimeTypeFor, resolveAppPath } from '../../../electron/main/app-protocol'

const root = resolve('/opt/sekretariat/resources/app/out/renderer')

describe('app:// serves only the renderer bundle', () => {
  test('index and assets resolve inside the bundle', () => {
    expect(resolveAppPath(root, 'app://bundle/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://bundle/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://bundle/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'))
    expect(resolveAppPath(root, 'app://bundle/assets/index.js?v=1#x')).toBe(join(root, 'assets/index.js'))
  })

  const traversal = [
    'app://bundle/../../../etc/passwd',
    'app://bundle/..%2f..%2f..%2fetc%2fpasswd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/assets/..%5c..%5c..%5cWindows%5cwin.ini',
    'app://bundle/..\\..\\Windows\\win.ini',
    'app://bundle/%2e%2e%5c%2e%2e%5cWindows',
    'app://bundle/assets/%00.js',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'app://bundle@evil/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    'app:///etc/passwd',
    'app://bundle//etc/passwd/..',
    'not a url'
  ]
  test.each(traversal)('refuses %s', (url) => {
    const p = resolveAppPath(root, url)
    if (p !== null) expect(p.startsWith(root + '/')).toBe(true)
  })

  test('encoded separators and dots are refused outright, not decoded into a path', () => {
    for (const url of traversal.filter((u) => /%2f|%5c|\\|%00|%E0/i.test(u))) expect(resolveAppPath(root, url), url).toBeNull()
  })
  test('a plain or dot-encoded ../ is flattened by the URL parser and stays inside the bundle', () => {
    expect(resolveAppPath(root, traversal[0] ?? '')).toBe(join(root, 'etc/passwd'))
    expect(resolveAppPath(root, traversal[2] ?? '')).toBe(join(root, 'etc/passwd'))
  })

  test('content types for the bundle', () => {
    expect(mimeTypeFor('/x/index.html')).toMatch(/text\/html/)
    expect(mimeTypeFor('/x/a.js')).toMatch(/javascript/)
    expect(mimeTypeFor('/x/font.TTF')).toBe('font/ttf')
    expect(mimeTypeFor('/x/unknown.bin')).toBe('application/octet-stream')
  })
})
