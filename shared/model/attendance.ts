import { z } from 'zod'
import { id, isoDate, requiredText, text, stamp } from './common'

/** Per invitee and day: hadir, diwakili (with the delegate), izin, tidak hadir; walk-ins are added as their own rows. */
export const attendanceStatuses = ['belum', 'hadir', 'diwakili', 'izin', 'tidak-hadir'] as const
export type AttendanceStatus = (typeof attendanceStatuses)[number]
export const attendanceStatusLabel: Record<AttendanceStatus, string> = {
  belum: 'Belum dicatat',
  hadir: 'Hadir',
  diwakili: 'Diwakili',
  izin: 'Izin',
  'tidak-hadir': 'Tidak hadir'
}

/** The longest copied name, position and office an attendance row holds (the data format's limits). */
export const attendanceLimits = { name: 200, position: 500, organisation: 500 } as const

export const attendance = z.object({
  id,
  meetingId: id,
  /** The meeting day this row belongs to (one sheet per day). */
  day: isoDate,
  /** Set for an invitee; absent for a walk-in. */
  inviteeId: id.optional(),
  /** A walk-in's own data (or a delegate's when diwakili). */
  name: text(attendanceLimits.name),
  position: text(attendanceLimits.position),
  organisation: text(attendanceLimits.organisation),
  status: z.enum(attendanceStatuses),
  delegateName: text(200),
  delegatePosition: text(500),
  note: text(500),
  order: z.number().int(),
  /**
   * When she arrived, as an ISO moment (UTC), recorded by the meja registrasi at check-in or by the
   * secretary; printed in the office's time zone ("datang HH.MM" when after the start time).
   */
  arrivedAt: stamp.optional(),
  /** When she left, set by the secretary ("pulang HH.MM" when before the end time). */
  leftAt: stamp.optional(),
  updatedAt: stamp
})
export type Attendance = z.infer<typeof attendance>

export const sheetOrders = ['undangan', 'kelompok', 'organisasi', 'nama'] as const
export type SheetOrder = (typeof sheetOrders)[number]
export const sheetOrderLabel: Record<SheetOrder, string> = {
  undangan: 'Urutan undangan',
  kelompok: 'Per kelompok',
  organisasi: 'Per instansi',
  nama: 'Menurut nama'
}

/** How the Daftar Hadir is printed for a meeting. */
export const daftarHadirSettings = z.object({
  /**
   * The sheet's own order of earlier versions. The invitees now have one order that the list, the lampiran
   * and the sheet print; another value here is written into it once (shared/meetings/legacy-sheet-order.ts)
   * and becomes 'undangan'.
   */
  order: z.enum(sheetOrders),
  blankRows: z.number({ message: 'Isi jumlah baris kosong' }).int().min(0, { message: 'Paling sedikit 0' }).max(200, { message: 'Paling banyak 200 baris kosong' }),
  showPhone: z.boolean(),
  showNote: z.boolean(),
  /** Who certifies the list at the end; empty means the Sekretaris of the office profile. */
  certifierTitle: text(200),
  certifierName: text(200),
  /** The kop surat above the title (absent in files written before the setting existed: printed). */
  showKop: z.boolean().default(true)
})
export type DaftarHadirSettings = z.infer<typeof daftarHadirSettings>

export const defaultDaftarHadirSettings: DaftarHadirSettings = {
  order: 'undangan',
  blankRows: 10,
  showPhone: false,
  showNote: false,
  certifierTitle: '',
  certifierName: '',
  showKop: true
}

/** Recording: a status with the delegate when diwakili. */
export const attendanceMark = z.object({
  status: z.enum(attendanceStatuses),
  delegateName: text(200).optional(),
  delegatePosition: text(500).optional()
})
export type AttendanceMark = z.infer<typeof attendanceMark>

/** Someone who came without being on the invitation list (a walk-in), added to the day's list. */
export const walkInFields = z.object({
  name: requiredText(200, 'Nama'),
  position: text(500),
  organisation: text(500),
  note: text(500)
})
export type WalkInFields = z.infer<typeof walkInFields>
