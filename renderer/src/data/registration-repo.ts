import type { SignatureDrawing } from '@shared/meetings/signature-strokes'
import { attendance, newId, requiredText, signature, text, type Attendance, type Signature, type WalkInFields } from '@shared/model'
import { addWalkIn, attendanceOfDay, meetingParticipants, recordAttendance } from './attendance-repo'
import type { PkkDatabase } from './db'
import { meetingAttendance, writeAttendance } from './meeting-rows'

/** Who signs at the desk: the invitee herself, someone representing her, a walk-in, or a walk-in already added signing again. */
export type CheckInWho =
  | { kind: 'invitee'; inviteeId: string }
  | { kind: 'delegate'; inviteeId: string; name: string; position: string }
  | { kind: 'walk-in'; fields: WalkInFields }
  | { kind: 'row'; rowId: string }

export interface CheckInResult {
  row: Attendance
  signature: Signature
  /** She had signed before; this signature replaced the earlier one. */
  again: boolean
}

const delegateName = requiredText(200, 'Nama yang mewakili')
const delegatePosition = text(500)

/**
 * One check-in at the meja registrasi, in one transaction: the day's attendance record is written or
 * updated (hadir, or diwakili with the delegate; a walk-in is added), its arrival time set at the first
 * check-in and kept after, and its signature stored (replacing an earlier one of the same record). Either
 * all of it is stored or none; the page says "Terima kasih" only after this resolves.
 */
export async function checkIn(db: PkkDatabase, meetingId: string, day: string, who: CheckInWho, drawing: SignatureDrawing, now = new Date()): Promise<CheckInResult> {
  const at = now.toISOString()
  const tables = [db.attendanceLists, db.signatures, db.meetings, db.inviteeLists, db.people, db.organisations, db.groups, db.profile]
  return db.transaction('rw', tables, async () => {
    let row: Attendance
    if (who.kind === 'invitee') {
      row = await recordAttendance(db, meetingId, day, { inviteeId: who.inviteeId }, { mark: { status: 'hadir', delegateName: '', delegatePosition: '' } }, now)
    } else if (who.kind === 'delegate') {
      const mark = { status: 'diwakili' as const, delegateName: delegateName.parse(who.name), delegatePosition: delegatePosition.parse(who.position) }
      row = await recordAttendance(db, meetingId, day, { inviteeId: who.inviteeId }, { mark }, now)
    } else if (who.kind === 'walk-in') {
      row = await addWalkIn(db, meetingId, day, who.fields, now)
    } else {
      const found = (await meetingAttendance(db, meetingId)).find((r) => r.id === who.rowId)
      if (!found || found.meetingId !== meetingId || found.day !== day) throw new Error('Catatan kehadiran tidak ditemukan; mungkin sudah dihapus.')
      row = found
    }
    const stored = attendance.parse({ ...row, arrivedAt: row.arrivedAt ?? at, updatedAt: at })
    await writeAttendance(db, meetingId, { put: [stored] })
    const earlier = await db.signatures.where('attendanceId').equals(stored.id).first()
    const sig = signature.parse({ id: earlier?.id ?? newId(), attendanceId: stored.id, meetingId, day, ...drawing, createdAt: at })
    await db.signatures.put(sig)
    return { row: stored, signature: sig, again: earlier !== undefined }
  })
}

/** What the desk searches: the invitees, the day's records and which of them are signed. */
export async function registrationDay(db: PkkDatabase, meetingId: string, day: string) {
  return db.transaction('r', [db.attendanceLists, db.signatures, db.inviteeLists, db.people, db.organisations, db.groups, db.profile], async () => {
    const [participants, rows, signatures] = await Promise.all([
      meetingParticipants(db, meetingId),
      attendanceOfDay(db, meetingId, day),
      db.signatures.where('[meetingId+day]').equals([meetingId, day]).toArray()
    ])
    return { participants, rows, signedRowIds: new Set(signatures.map((s) => s.attendanceId)) }
  })
}
