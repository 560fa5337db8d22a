import type { Meeting } from '../../shared/model'
import type { PkkDatabase } from '../../renderer/src/data/db'
import { addWalkIn, markInvitees, meetingParticipants, recordAttendance, saveSheetSettings } from '../../renderer/src/data/attendance-repo'

/** Who sent someone in her place, and who that was (as the sheet of 20 December would show it). */
const DELEGATES: Record<string, { name: string; position: string }> = {
  'Dr. Ir. H. Afrizal Syamsuddin, M.Si': { name: 'Ir. Hendri Yazid, M.T', position: 'Sekretaris Badan' },
  'Ir. Hj. Nurmaini, M.M': { name: 'Ny. Dewi Kartika, S.P', position: 'Kepala Bidang Konsumsi dan Keamanan Pangan' },
  'Drs. Hendra Gusnaldi, M.M': { name: 'Yuliza, S.E', position: 'Kepala Bidang Kelembagaan Koperasi' },
  'Dra. Hj. Syahrida Yulfiani, M.Si': { name: 'Ny. Sri Handayani, S.Sos', position: 'Kepala Bagian Umum' }
}
const IZIN: Record<string, string> = {
  'Ny. Hj. Zuraida Hamdani, M.Pd': 'Tugas ke Jakarta',
  'Ny. Hj. Lili Suryani Darlis, S.H': 'Sakit'
}
const ABSENT = new Set(['Ny. Ratna Dewi Sikumbang', 'Rita Yulianti, S.E, M.M'])

/**
 * The sheet settings and the attendance of 20 December 2019, recorded through the data layer as the
 * secretary would after the meeting: four OPD heads represented, two excused, two absent, two walk-ins,
 * everyone else present.
 */
export async function addRakonAttendance(db: PkkDatabase, meeting: Meeting, at: (iso: string) => Date): Promise<void> {
  const day = meeting.dates[0] ?? '2019-12-20'
  await saveSheetSettings(db, meeting.id, { order: 'kelompok', blankRows: 10, showPhone: false, showNote: true, certifierTitle: '', certifierName: '', showKop: true }, at('2019-12-18'))
  const rest: string[] = []
  for (const p of await meetingParticipants(db, meeting.id)) {
    const delegate = DELEGATES[p.name]
    const izin = IZIN[p.name]
    const target = { inviteeId: p.inviteeId }
    if (delegate) await recordAttendance(db, meeting.id, day, target, { mark: { status: 'diwakili', delegateName: delegate.name, delegatePosition: delegate.position } }, at(day))
    else if (izin) await recordAttendance(db, meeting.id, day, target, { mark: { status: 'izin' }, note: izin }, at(day))
    else if (ABSENT.has(p.name)) await recordAttendance(db, meeting.id, day, target, { mark: { status: 'tidak-hadir' } }, at(day))
    else rest.push(p.inviteeId)
  }
  await markInvitees(db, meeting.id, day, rest, 'hadir', at(day))
  await addWalkIn(db, meeting.id, day, { name: 'Ny. Yenni Marlina, S.Pd', position: 'Ketua Pokja I', organisation: 'TP PKK Kota Padang Panjang', note: '' }, at(day))
  await addWalkIn(db, meeting.id, day, { name: 'Andika Putra', position: 'Staf Humas', organisation: 'Biro Administrasi Pimpinan Setda Provinsi Sumatera Barat', note: 'Dokumentasi' }, at(day))
}
