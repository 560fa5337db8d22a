import { checked, checkedAll } from '@shared/datafile'
import { defaultProtocolRanks, protocolRanks, type ProtocolRank } from '@shared/model'
import { legacyOrderedSheets, legacySheetOrderChanges, moveToNumber, ownOfficeMatcher, protocolOrder, protocolSubject, renumber } from '@shared/meetings'
import type { PkkDatabase } from './db'
import { inviteeViews } from './meetings-repo'
import { inviteesOfMeetings, meetingInvitees, putInviteesOfMeetings, writeInvitees } from './meeting-rows'

/** The ids of a meeting's invitees in their one order. */
async function orderedIds(db: PkkDatabase, meetingId: string): Promise<{ ids: string[]; current: Map<string, number> }> {
  const list = (await meetingInvitees(db, meetingId)).sort((a, b) => a.order - b.order)
  return { ids: list.map((i) => i.id), current: new Map(list.map((i) => [i.id, i.order])) }
}

/** Stores `ids` as the meeting's invitee order 1..n; ids that are no longer invited are left out. */
async function writeOrder(db: PkkDatabase, meetingId: string, ids: readonly string[], current: ReadonlyMap<string, number>): Promise<void> {
  const changes = renumber(ids, current)
  if (changes.length === 0) return
  const byId = new Map((await meetingInvitees(db, meetingId)).map((i) => [i.id, i]))
  const next = changes.flatMap((c) => {
    const row = byId.get(c.id)
    return row ? [{ ...row, order: c.order }] : []
  })
  await writeInvitees(db, meetingId, { put: next })
}

/** Writes the sheet orders of earlier versions into the invitees' order (all meetings, or one). */
export async function upgradeSheetOrders(db: PkkDatabase, meetingId?: string): Promise<number> {
  return db.transaction('rw', [db.documents, db.inviteeLists, db.people, db.organisations, db.groups], async () => {
    const docs = legacyOrderedSheets(await db.documents.filter((d) => d.kind === 'daftar-hadir').toArray()).filter((d) => !meetingId || d.meetingId === meetingId)
    if (docs.length === 0) return 0
    const meetingIds = [...new Set(docs.map((d) => d.meetingId))]
    const [invitees, people, organisations, groups] = await Promise.all([
      inviteesOfMeetings(db, meetingIds),
      db.people.toArray(),
      db.organisations.toArray(),
      db.groups.toArray()
    ])
    const changes = legacySheetOrderChanges({ invitees, documents: docs, people, organisations, groups })
    await putInviteesOfMeetings(db, changes.invitees)
    await db.documents.bulkPut(checkedAll('documents', changes.documents))
    return changes.documents.length
  })
}

/** "Pindah ke nomor N" and a drag: one invitee to number N, the others shift by one. */
export async function moveInviteeToNumber(db: PkkDatabase, meetingId: string, inviteeId: string, number: number): Promise<void> {
  await db.transaction('rw', db.inviteeLists, async () => {
    const { ids, current } = await orderedIds(db, meetingId)
    if (!ids.includes(inviteeId)) throw new Error('Undangan ini sudah dihapus; muat ulang daftarnya.')
    await writeOrder(db, meetingId, moveToNumber(ids, inviteeId, number), current)
  })
}

/** The office's protocol ranks (Pengaturan › Urutan protokoler), or the defaults while it has set none. */
export async function getProtocolRanks(db: PkkDatabase): Promise<readonly ProtocolRank[]> {
  return (await db.profile.get('office'))?.protocolRanks ?? defaultProtocolRanks
}

export async function saveProtocolRanks(db: PkkDatabase, ranks: readonly ProtocolRank[], now = new Date()): Promise<void> {
  const valid = protocolRanks.parse(ranks)
  await db.transaction('rw', db.profile, async () => {
    const current = await db.profile.get('office')
    if (!current) throw new Error('Simpan Data Kantor terlebih dahulu, lalu atur urutan protokoler.')
    await db.profile.put(checked('profile', { ...current, protocolRanks: valid, updatedAt: now.toISOString() }))
  })
}

/** "Urutkan menurut protokoler": sorts once by the office's ranks and writes that order, which she can change again. */
export async function sortInviteesByProtocol(db: PkkDatabase, meetingId: string): Promise<void> {
  await db.transaction('rw', [db.inviteeLists, db.people, db.organisations, db.profile], async () => {
    const [views, profile, { current }] = await Promise.all([inviteeViews(db, meetingId), db.profile.get('office'), orderedIds(db, meetingId)])
    const ownOffice = ownOfficeMatcher(profile)
    const sorted = protocolOrder(views.map((v) => protocolSubject(v, ownOffice)), profile?.protocolRanks ?? defaultProtocolRanks).map((s) => s.id)
    // Invitees the address book no longer resolves keep their place after the others.
    const rest = [...current.keys()].filter((id) => !sorted.includes(id))
    await writeOrder(db, meetingId, [...sorted, ...rest], current)
  })
}
