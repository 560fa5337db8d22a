import { extname, normalize, resolve, sep } from 'node:path'

/** The production renderer's origin. Fixed forever: IndexedDB is keyed by it (electron#37702). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json'
}

export const mimeTypeFor = (path: string): string => mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream'

/**
 * Maps an app:// URL to a file inside the renderer bundle, or null when the URL points anywhere
 * else (another host, "..", encoded separators, absolute paths, NUL bytes).
 */
export function resolveAppPath(rendererRoot: string, rawUrl: string): string | null {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\') || /(^|\/)\.\.(\/|$)/.test(pathname)) return null
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const root = resolve(rendererRoot)
  const target = resolve(root, normalize(`.${pathname}`))
  if (target !== root && !target.startsWith(root + sep)) return null
  return target
}

/** The CSP sent with every page of the bundle (and repeated in index.html for the browser build). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'self' blob:"
].join('; ')
