import { formatMeetingDays, formatTimeRange } from '../calendar'
import type { Laporan, Meeting, PhotosPerPage } from '../model'
import type { RecapCounts } from './attendance-recap'
import { midSentence, purposeClause } from './meeting-purpose'

/**
 * The Laporan Kegiatan's own sections (docs/formats.md "Laporan Kegiatan"): what she wrote, or, for a
 * section left empty, what the meeting's data says. Pure, so the screen, the CLI, the demo and the tests
 * print the same words.
 */
export interface LaporanText {
  latarBelakang: string
  pelaksanaan: string
  /** Her own words before the conclusions (may be empty). */
  hasilIntro: string
  /** The Kesimpulan of the minutes, numbered in the report. */
  kesimpulan: readonly string[]
  penutup: string
  photosPerPage: PhotosPerPage
}

export const LAPORAN_PENUTUP =
  'Demikian laporan kegiatan ini dibuat sebagai bahan pertanggungjawaban dan untuk dipergunakan sebagaimana mestinya.'

const meetingName = (m: Pick<Meeting, 'title'>) => m.title.trim().replace(/\s+/g, ' ')

/** "Rapat Konsultasi ... dilaksanakan berdasarkan ..., untuk ...": the meeting's dasar and tujuan as a sentence. */
export function defaultLatarBelakang(m: Pick<Meeting, 'title' | 'basis' | 'objectives'>): string {
  const clause = purposeClause(m.basis, m.objectives)
  if (!clause) return `${meetingName(m)} dilaksanakan sesuai dengan program kerja Tim Penggerak PKK.`
  return `${meetingName(m)} dilaksanakan ${clause}.`
}

/** "65 orang diundang; 58 hadir, 3 diwakili, 2 izin, 2 tidak hadir; 4 peserta tambahan." (zero counts left out). */
export function attendanceSentence(r: RecapCounts): string {
  const parts = [
    r.hadir > 0 ? `${r.hadir} hadir` : '',
    r.diwakili > 0 ? `${r.diwakili} diwakili` : '',
    r.izin > 0 ? `${r.izin} izin` : '',
    r.tidakHadir > 0 ? `${r.tidakHadir} tidak hadir` : '',
    r.belum > 0 ? `${r.belum} belum dicatat` : ''
  ].filter(Boolean)
  const walkIns = r.tidakTerdaftar > 0 ? `; ${r.tidakTerdaftar} peserta tambahan` : ''
  return `${r.diundang} orang diundang${parts.length ? `; ${parts.join(', ')}` : ''}${walkIns}.`
}

/** When, where and who: "Kegiatan dilaksanakan pada Jumat, 20 Desember 2019, pukul 09.00 WIB s.d. selesai, di ...". */
export function defaultPelaksanaan(m: Pick<Meeting, 'dates' | 'timeStart' | 'timeEnd' | 'timeZone' | 'place' | 'agenda'>, recap: RecapCounts): string {
  const agenda = m.agenda.map((a) => a.trim().replace(/[.;]+$/, '')).filter(Boolean)
  const acara = agenda.length > 0 ? ` Acara: ${agenda.map(midSentence).join('; ')}.` : ''
  return (
    `Kegiatan dilaksanakan pada ${formatMeetingDays(m.dates)}, pukul ${formatTimeRange(m.timeStart, m.timeEnd || undefined, m.timeZone)}, ` +
    `bertempat di ${m.place.trim().replace(/[.]+$/, '')}. Peserta: ${attendanceSentence(recap)}${acara}`
  )
}

/** The report's sections: her words where she wrote them, the meeting's otherwise. */
export function laporanText(
  m: Pick<Meeting, 'title' | 'basis' | 'objectives' | 'dates' | 'timeStart' | 'timeEnd' | 'timeZone' | 'place' | 'agenda'>,
  recap: RecapCounts,
  kesimpulan: readonly string[],
  own: Pick<Laporan, 'latarBelakang' | 'pelaksanaan' | 'hasil' | 'penutup' | 'photosPerPage'> | undefined
): LaporanText {
  const pick = (typed: string | undefined, made: string) => (typed?.trim() ? typed.trim() : made)
  return {
    latarBelakang: pick(own?.latarBelakang, defaultLatarBelakang(m)),
    pelaksanaan: pick(own?.pelaksanaan, defaultPelaksanaan(m, recap)),
    hasilIntro: own?.hasil.trim() ?? '',
    kesimpulan: kesimpulan.map((k) => k.trim()).filter(Boolean),
    penutup: pick(own?.penutup, LAPORAN_PENUTUP),
    photosPerPage: own?.photosPerPage ?? 4
  }
}
