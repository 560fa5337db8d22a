import type { Minutes } from '../model'
import { conclusionsToLines, linesToConclusions, richToText, textToRich } from './minutes-text'

/** The minutes as the editor holds them: text per section in the editor's convention (minutes-text.ts). */
export interface MinutesForm {
  pimpinan: string
  pimpinanTitle: string
  notulis: string
  notulisTitle: string
  pembukaan: string
  sambutan: { who: string; text: string }[]
  paparan: string
  diskusi: string
  kesimpulan: string
  tindakLanjut: string
  penutup: string
  useSignatureImage: boolean
  useStamp: boolean
}

export function minutesToForm(m: Minutes): MinutesForm {
  return {
    pimpinan: m.pimpinan,
    pimpinanTitle: m.pimpinanTitle ?? '',
    notulis: m.notulis,
    notulisTitle: m.notulisTitle ?? '',
    pembukaan: richToText(m.pembukaan),
    sambutan: m.sambutan.map((s) => ({ who: s.who, text: richToText(s.summary) })),
    paparan: richToText(m.paparan),
    diskusi: richToText(m.diskusi),
    kesimpulan: conclusionsToLines(m.kesimpulan),
    tindakLanjut: richToText(m.tindakLanjut),
    penutup: richToText(m.penutup),
    useSignatureImage: m.useSignatureImage !== false,
    useStamp: m.useStamp !== false
  }
}

/** The structured record the data layer stores; a sambutan row left wholly empty is dropped. */
export function formToMinutes(meetingId: string, f: MinutesForm): Omit<Minutes, 'updatedAt'> {
  return {
    meetingId,
    pimpinan: f.pimpinan.trim(),
    pimpinanTitle: f.pimpinanTitle.trim(),
    notulis: f.notulis.trim(),
    notulisTitle: f.notulisTitle.trim(),
    pembukaan: textToRich(f.pembukaan),
    sambutan: f.sambutan.filter((s) => s.who.trim() || s.text.trim()).map((s) => ({ who: s.who.trim(), summary: textToRich(s.text) })),
    paparan: textToRich(f.paparan),
    diskusi: textToRich(f.diskusi),
    kesimpulan: linesToConclusions(f.kesimpulan),
    tindakLanjut: textToRich(f.tindakLanjut),
    penutup: textToRich(f.penutup),
    useSignatureImage: f.useSignatureImage,
    useStamp: f.useStamp
  }
}
