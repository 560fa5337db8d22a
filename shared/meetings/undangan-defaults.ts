import type { Meeting, UndanganDraft } from '../model'

export const UNDANGAN_CLOSING =
  'Mengingat pentingnya acara tersebut, diharapkan kehadiran Bapak/Ibu tepat pada waktunya. Atas perhatian dan kehadirannya diucapkan terima kasih.'

/** The wording a new invitation starts from; everything stays editable before the number is issued. */
export function defaultUndanganDraft(meeting: Pick<Meeting, 'title' | 'signer' | 'dates'>, letterDateIso: string, inviteeCount: number): UndanganDraft {
  const mode = inviteeCount > 5 ? 'daftar-terlampir' : 'per-penerima'
  return {
    date: letterDateIso,
    sifat: 'Penting',
    // Empty: the letter counts the pages it attaches ("-" when it attaches none).
    lampiran: '',
    hal: 'Undangan',
    mode,
    opening: `Dengan hormat, dalam rangka ${meeting.title.trim()}, bersama ini kami mengharapkan kehadiran Bapak/Ibu pada:`,
    closing: UNDANGAN_CLOSING,
    tembusan: ['Arsip'],
    code: 'SKR',
    signer: meeting.signer
  }
}
