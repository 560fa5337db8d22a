import { instantAt } from '../../shared/meetings'
import type { Meeting } from '../../shared/model'
import type { PkkDatabase } from '../../renderer/src/data/db'
import { addWalkIn, markInvitees, meetingParticipants, recordAttendance, saveSheetSettings } from '../../renderer/src/data/attendance-repo'
import { checkIn, type CheckInWho } from '../../renderer/src/data/registration-repo'
import { PAD, penStrokes } from './pen-strokes'

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

/** Who checked in at the meja registrasi and signed on the pad: 38 invitees in person, the first delegate, and a walk-in. */
export const DOOR_COUNT = 40
/** Who left before the end, marked by the secretary afterwards. */
const LEFT_EARLY: Record<string, string> = { 'Ny. Hj. Desi Alwis Syafri, S.E': '11:30' }

/** "08:20" plus `minutes`. */
const clockPlus = (minutes: number) => `${String(8 + Math.floor((20 + minutes) / 60)).padStart(2, '0')}:${String((20 + minutes) % 60).padStart(2, '0')}`

/**
 * The sheet settings and the attendance of 20 December 2019, recorded through the data layer: forty
 * participants checked in at the meja registrasi and signed on the pad (a delegate and a walk-in among
 * them, the last few after the 09.00 start); afterwards the secretary recorded the rest from the paper
 * sheet: four OPD heads represented, two excused, two absent, a second walk-in, everyone else present,
 * and one who left at 11.30.
 */
export async function addRakonAttendance(db: PkkDatabase, meeting: Meeting, at: (iso: string) => Date): Promise<void> {
  const day = meeting.dates[0] ?? '2019-12-20'
  await saveSheetSettings(db, meeting.id, { order: 'kelompok', blankRows: 10, showPhone: false, showNote: true, certifierTitle: '', certifierName: '', showKop: true }, at('2019-12-18'))
  const rest: string[] = []
  // Who comes to the meja registrasi, in the order they arrive, and whose hand signs.
  const door: { who: CheckInWho; signer: string }[] = []
  let delegateAtDoor = false
  for (const p of await meetingParticipants(db, meeting.id)) {
    const delegate = DELEGATES[p.name]
    const izin = IZIN[p.name]
    const target = { inviteeId: p.inviteeId }
    if (delegate && !delegateAtDoor) {
      door.push({ who: { kind: 'delegate', inviteeId: p.inviteeId, name: delegate.name, position: delegate.position }, signer: delegate.name })
      delegateAtDoor = true
    } else if (delegate) await recordAttendance(db, meeting.id, day, target, { mark: { status: 'diwakili', delegateName: delegate.name, delegatePosition: delegate.position } }, at(day))
    else if (izin) await recordAttendance(db, meeting.id, day, target, { mark: { status: 'izin' }, note: izin }, at(day))
    else if (ABSENT.has(p.name)) await recordAttendance(db, meeting.id, day, target, { mark: { status: 'tidak-hadir' } }, at(day))
    else if (door.length < DOOR_COUNT - 1 - (delegateAtDoor ? 0 : 1)) door.push({ who: { kind: 'invitee', inviteeId: p.inviteeId }, signer: p.name })
    else rest.push(p.inviteeId)
  }
  const walkIn = { name: 'Ny. Yenni Marlina, S.Pd', position: 'Ketua Pokja I', organisation: 'TP PKK Kota Padang Panjang', note: '' }
  door.push({ who: { kind: 'walk-in', fields: walkIn }, signer: walkIn.name })
  // Through the registration page's own check-in, one every minute or so from 08.20, the last few after the start.
  for (const [i, { who, signer }] of door.entries()) {
    await checkIn(db, meeting.id, day, who, { ...PAD, strokes: penStrokes(signer) }, new Date(instantAt(day, clockPlus(Math.round(i * 1.1)), 'WIB')))
  }
  // Afterwards the secretary records the rest from the paper sheet.
  await markInvitees(db, meeting.id, day, rest, 'hadir', at(day))
  await addWalkIn(db, meeting.id, day, { name: 'Andika Putra', position: 'Staf Humas', organisation: 'Biro Administrasi Pimpinan Setda Provinsi Sumatera Barat', note: 'Dokumentasi' }, at(day))
  for (const p of await meetingParticipants(db, meeting.id)) {
    const left = LEFT_EARLY[p.name]
    if (left) await recordAttendance(db, meeting.id, day, { inviteeId: p.inviteeId }, { leftAt: instantAt(day, left, 'WIB') }, at(day))
  }
}
