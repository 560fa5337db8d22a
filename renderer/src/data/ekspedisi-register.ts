import { invitationMeetingIds, registerEkspedisiLetters, type MeetingAddressees, type RegisterEkspedisiSource } from '@shared/meetings'
import type { PkkDatabase } from './db'
import { deliveriesOf } from './deliveries-repo'
import { listLetters } from './letters-repo'
import { inviteeViews } from './meetings-repo'
import { getProfile } from './profile-repo'

/** A range spanning more years than this is refused (the register is read year by year). */
export const EKSPEDISI_MAX_YEARS = 5

/**
 * What the register's Buku Ekspedisi prints: the entries dated from `from` to `to` (of one code when
 * given), and the invitees and deliveries of the meetings whose invitations are among them, read through
 * the repositories. Null without an office profile.
 */
export async function loadRegisterEkspedisi(db: PkkDatabase, range: { from: string; to: string; code?: string }): Promise<RegisterEkspedisiSource | null> {
  const profile = await getProfile(db)
  if (!profile) return null
  const first = Number(range.from.slice(0, 4))
  const last = Number(range.to.slice(0, 4))
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i)
  const letters = registerEkspedisiLetters({ letters: (await Promise.all(years.map((year) => listLetters(db, { year, code: range.code })))).flat(), from: range.from, to: range.to })
  const meetings = new Map<string, MeetingAddressees>()
  for (const id of invitationMeetingIds(letters)) meetings.set(id, { invitees: await inviteeViews(db, id), deliveries: await deliveriesOf(db, id) })
  return { profile, letters, from: range.from, to: range.to, meetings }
}
