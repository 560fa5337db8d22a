import { APP_HOST, APP_SCHEME } from './app-protocol'

/** Only our own page may call the API: the bundle in production, the dev server while developing. */
export function isTrustedUrl(frameUrl: string | undefined, devServerUrl: string | undefined): boolean {
  if (!frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  // Node reports a null origin for custom schemes, so compare scheme and host directly.
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password) return true
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/** Where links may lead outside the app: the system browser or mail program, never our window. */
export function isAllowedExternal(rawUrl: string): boolean {
  try {
    const u = new URL(rawUrl)
    return u.protocol === 'https:' || u.protocol === 'mailto:'
  } catch {
    return false
  }
}
