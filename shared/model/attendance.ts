import { z } from 'zod'
import { id, isoDate, text } from './common'

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

export const attendance = z.object({
  id,
  meetingId: id,
  /** The meeting day this row belongs to (one sheet per day). */
  day: isoDate,
  /** Set for an invitee; absent for a walk-in. */
  inviteeId: id.optional(),
  /** A walk-in's own data (or a delegate's when diwakili). */
  name: text(200),
  position: text(500),
  organisation: text(500),
  status: z.enum(attendanceStatuses),
  delegateName: text(200),
  delegatePosition: text(500),
  note: text(500),
  order: z.number().int(),
  updatedAt: z.string()
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
  order: z.enum(sheetOrders),
  blankRows: z.number().int().min(0).max(200),
  showPhone: z.boolean(),
  showNote: z.boolean(),
  /** Who certifies the list at the end (e.g. the Sekretaris). */
  certifierTitle: text(200),
  certifierName: text(200)
})
export type DaftarHadirSettings = z.infer<typeof daftarHadirSettings>
