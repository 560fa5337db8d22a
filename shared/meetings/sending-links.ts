import { formatMeetingDays } from '../calendar'
import { meetingTime } from './meeting-text'
import type { Meeting } from '../model'

/**
 * Links that open WhatsApp or the mail program with the invitation's message ready. On Windows the
 * desktop opens a link through ShellExecute, which refuses URLs of 2,082 characters or more
 * (Electron's shell.openExternal, electron/electron#9987), and mail programs take mailto links of about
 * 2,000; every link stays within MAX_LINK_CHARS. A longer message is shortened at a grapheme boundary
 * (a letter with its marks, an emoji with its modifiers stays whole) and says so with "…".
 */
export const MAX_LINK_CHARS = 2000
/** The subject of an e-mail is kept to this many characters (graphemes) before the body is fitted. */
export const MAX_SUBJECT_CHARS = 200
export const ELLIPSIS = '…'

export interface InvitationMessageInput {
  /** The addressee lines of the invitee's letter ("Kepada Yth." block). */
  addressee: readonly string[]
  /** The letter's Hal ("Undangan"). */
  hal: string
  /** The issued number; undefined before issue (then not mentioned). */
  number: string | undefined
  meeting: Pick<Meeting, 'title' | 'dates' | 'timeStart' | 'timeEnd' | 'timeZone' | 'place'>
  /** The sender: the office's name as its letterhead writes it. */
  officeName: string
}

/** The message's main part (shortened when a link would be too long) and its last lines (never shortened). */
export interface InvitationMessage {
  body: string
  closing: string
}

export function invitationMessage(m: InvitationMessageInput): InvitationMessage {
  const lines = [
    `Yth. ${m.addressee.map((l) => l.trim()).filter(Boolean).join(', ')}`,
    '',
    'Dengan hormat, bersama ini kami sampaikan undangan:',
    `Hal: ${`${m.hal.trim()} ${m.meeting.title.trim()}`.trim()}`,
    ...(m.number ? [`Nomor: ${m.number}`] : []),
    `Hari/tanggal: ${formatMeetingDays(m.meeting.dates)}`,
    `Pukul: ${meetingTime(m.meeting)}`,
    `Tempat: ${m.meeting.place.trim()}`
  ]
  const closing = ['Surat undangan kami kirimkan bersama pesan ini. Atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.', '', m.officeName.trim()]
  return { body: lines.join('\n'), closing: closing.join('\n') }
}

export const messageText = (m: InvitationMessage): string => `${m.body}\n\n${m.closing}`

const segmenter = new Intl.Segmenter('id', { granularity: 'grapheme' })
const graphemes = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment)

/** The text cut to at most `count` graphemes, with "…" when something was cut. */
export function cutGraphemes(text: string, count: number): string {
  const g = graphemes(text)
  return g.length <= count ? text : `${g.slice(0, Math.max(0, count)).join('').trimEnd()}${ELLIPSIS}`
}

/**
 * The longest start of `text` (whole graphemes, "…" after a cut) for which `fits` holds; '' when even
 * the ellipsis alone does not fit. `fits` must hold for shorter texts whenever it holds for longer ones.
 */
export function fitText(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text
  const g = graphemes(text)
  let lo = 0
  let hi = g.length - 1
  // Binary search on the number of graphemes kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (fits(`${g.slice(0, mid).join('').trimEnd()}${ELLIPSIS}`)) lo = mid
    else hi = mid - 1
  }
  const best = `${g.slice(0, lo).join('').trimEnd()}${ELLIPSIS}`
  return fits(best) ? best : ''
}

/** A link and whether its message had to be shortened. */
export interface SendLink {
  url: string
  shortened: boolean
}

/** https://wa.me/62812...?text=...: the chat with that number, the message typed in, not yet sent. */
export function whatsAppLink(number62: string, message: InvitationMessage): SendLink {
  if (!/^62\d{8,13}$/.test(number62)) throw new RangeError(`Nomor WhatsApp tidak sah: ${number62}`)
  const head = `https://wa.me/${number62}?text=`
  const closing = `\n\n${message.closing}`
  const url = (body: string) => `${head}${encodeURIComponent(`${body}${closing}`)}`
  const body = fitText(message.body, (b) => url(b).length <= MAX_LINK_CHARS)
  return { url: url(body), shortened: body !== message.body }
}

/** RFC 6068: line breaks in a mailto body are CR LF; the address keeps its "@". */
const mailtoPart = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))

/** mailto:address?subject=...&body=...: a new e-mail in her mail program, to attach the PDF to. */
export function emailLink(address: string, subject: string, message: InvitationMessage): SendLink {
  const to = encodeURIComponent(address.trim()).replace(/%40/g, '@')
  const shortSubject = cutGraphemes(subject.trim().replace(/\s+/g, ' '), MAX_SUBJECT_CHARS)
  const head = `mailto:${to}?subject=${mailtoPart(shortSubject)}&body=`
  const closing = `\n\n${message.closing}`
  const url = (body: string) => `${head}${mailtoPart(`${body}${closing}`)}`
  if (url('').length > MAX_LINK_CHARS) throw new RangeError('Alamat e-mail terlalu panjang untuk tautan')
  const body = fitText(message.body, (b) => url(b).length <= MAX_LINK_CHARS)
  return { url: url(body), shortened: body !== message.body || shortSubject !== subject.trim().replace(/\s+/g, ' ') }
}

/** "Undangan Rapat Konsultasi ... (296/SKR/PKK-PROP/XII/2019)": the e-mail's subject. */
export function invitationSubject(hal: string, title: string, number: string | undefined): string {
  const words = `${hal.trim()} ${title.trim()}`.trim()
  return number ? `${words} (${number})` : words
}
