import { isTrustedUrl } from './trusted-sender'

/**
 * The one permission the app uses: writing text to the clipboard ("Salin nomor" in Agenda Surat, through
 * navigator.clipboard.writeText, which Chromium checks as "clipboard-sanitized-write"). Reading the clipboard,
 * camera, microphone, notifications, location, MIDI, HID, serial, USB, full screen, pointer lock, media keys,
 * opening other apps and the rest are refused, as is anything asked by a page that is not the app's own.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

/** One decision for both session handlers: permission requests and permission checks. */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, devServerUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrustedUrl(requestingUrl, devServerUrl)
}
