import 'fake-indexeddb/auto'
import { expect, test } from 'vitest'
import { createJournalStore, memoryJournalFiles } from '../../../shared/journal'
import { PkkDatabase } from '../../../renderer/src/data/db'
import { deliveriesOf, markSent, recordReceipt, unmarkSent } from '../../../renderer/src/data/deliveries-repo'
import { attachJournal, readJournalRecovery } from '../../../renderer/src/data/journal-keeper'
import type { JournalSink } from '../../../renderer/src/data/journal'
import { addInvitees, createMeeting } from '../../../renderer/src/data/meetings-repo'
import { RAKON } from '../../../scripts/lib/demo-office'
import { installFakeWindow } from '../support/fake-window'
import { freshName, seedOffice } from './letters-support'
import { meetingInvitees } from '@renderer/data/meeting-rows'

test('marks and receipts go to the change journal, and the journal alone brings them back after a loss', async () => {
  installFakeWindow()
  const store = createJournalStore(memoryJournalFiles())
  const sink: JournalSink = { append: (p) => store.append(p), read: () => store.read(), checkpoint: ({ base, upToSeq }) => store.checkpoint(base, upToSeq) }
  const db = new PkkDatabase(freshName('kirim-jurnal'))
  attachJournal(db, sink)
  await db.open()
  await seedOffice(db)
  const now = '2019-12-10T02:00:00.000Z'
  for (const id of ['p1', 'p2', 'p3']) await db.people.add({ id, name: `Ibu ${id}`, position: '', phone: '0812-3456-7890', email: '', groupIds: [], notes: '', createdAt: now, updatedAt: now })
  const meeting = await createMeeting(db, RAKON)
  await addInvitees(db, meeting.id, ['p:p1', 'p:p2', 'p:p3'])
  const ids = (await meetingInvitees(db, meeting.id)).sort((a, b) => a.order - b.order).map((i) => i.id)
  await markSent(db, meeting.id, ids, 'whatsapp', new Date('2019-12-17T03:00:00Z'))
  await unmarkSent(db, meeting.id, ids[1] ?? '', 'whatsapp')
  await recordReceipt(db, meeting.id, ids[2] ?? '', { receiverName: 'Sdri. Rina', receivedAt: '2019-12-18T03:00:00.000Z', note: '' })
  const recovered = await readJournalRecovery(sink)
  expect(recovered?.fromJournal.skipped).toEqual([])
  const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))
  expect(byId(recovered?.snapshot.deliveries ?? [])).toEqual(byId(await deliveriesOf(db, meeting.id)))
  expect(recovered?.snapshot.deliveries).toHaveLength(3)
  expect(recovered?.fromJournal.deleted).toEqual({ deliveries: 1 })
  db.close()
})
