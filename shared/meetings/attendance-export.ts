import { formatDayDate } from '../calendar'
import { documentFileName } from '../documents/file-names'
import { attendanceStatusLabel } from '../model'
import { presentCount, type DayRecap, type RecapCounts, type RosterEntry } from './attendance-recap'

export const RECAP_COLUMNS = [
  'No',
  'Instansi',
  'Diundang',
  'Hadir',
  'Diwakili',
  'Izin',
  'Tidak hadir',
  'Belum dicatat',
  'Tidak terdaftar',
  'Jumlah hadir',
  'Tanda tangan digital',
  'Datang terlambat',
  'Pulang lebih awal'
] as const
export const LIST_COLUMNS = ['No', 'Nama', 'Jabatan', 'Instansi', 'Kehadiran', 'Nama wakil', 'Jabatan wakil', 'Tanda tangan', 'Keterangan'] as const

type Cell = string | number

const countsRow = (c: RecapCounts): number[] => [c.diundang, c.hadir, c.diwakili, c.izin, c.tidakHadir, c.belum, c.tidakTerdaftar, presentCount(c), c.ttdDigital, c.datangTerlambat, c.pulangAwal]

/** The recap sheet's rows below its header: one per organisation, then "Jumlah". */
export function recapRows(recap: DayRecap): Cell[][] {
  return [...recap.organisations.map((o, i): Cell[] => [i + 1, o.organisation, ...countsRow(o.counts)]), ['', 'Jumlah', ...countsRow(recap.total)]]
}

/** Everyone on the day's list with what was recorded; a signature from the meja registrasi; walk-ins and datang/pulang in Keterangan. */
export function attendanceListRows(roster: readonly RosterEntry[]): Cell[][] {
  return roster
    .filter((e) => !e.removed)
    .map((e, i) => {
      const delegate = e.status === 'diwakili'
      const note = [e.walkIn ? 'Tidak terdaftar dalam undangan' : '', e.note, e.times].filter(Boolean).join('; ')
      return [i + 1, e.name, e.position, e.organisation, attendanceStatusLabel[e.status], delegate ? e.delegateName : '', delegate ? e.delegatePosition : '', e.signed ? 'Digital' : '', note]
    })
}

/** The title lines above both sheets. */
export function recapTitle(meetingTitle: string, day: string): string[] {
  return ['REKAPITULASI KEHADIRAN', meetingTitle, formatDayDate(day)]
}

export function recapFileName(meetingTitle: string, day: string): string {
  return documentFileName('Rekap Kehadiran', day, meetingTitle)
}
