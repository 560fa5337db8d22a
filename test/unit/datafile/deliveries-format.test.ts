import { describe, expect, test } from 'vitest'
import { DATA_VERSION, emptySnapshot, readDataFile, tableDescriptors, toDataFile } from '@shared/datafile'
import { sealed } from '../support/data-file'

const meeting = {
  id: 'm1',
  title: 'Rapat Konsultasi',
  kind: 'rapat-konsultasi' as const,
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB' as const,
  place: 'Aula',
  agenda: [],
  basis: [],
  objectives: [],
  signer: { signerId: 'ketua', useSignatureImage: false, useStamp: false },
  notes: '',
  createdAt: '2019-12-10T00:00:00.000Z',
  updatedAt: '2019-12-10T00:00:00.000Z'
}
const delivery = { id: 'd1', meetingId: 'm1', inviteeId: 'i1', channel: 'whatsapp' as const, sentAt: '2019-12-17T03:00:00.000Z', receiverName: '', note: '', updatedAt: '2019-12-17T03:00:00.000Z' }

describe('format 5: invitations sent (deliveries)', () => {
  test('the table appeared in format 5, after the signatures of format 4 and before the tables of later formats', () => {
    expect(tableDescriptors.deliveries.since).toBe(5)
    expect(DATA_VERSION).toBeGreaterThanOrEqual(5)
    const order = Object.keys(toDataFile(emptySnapshot(), 't').tables)
    const at = order.indexOf('deliveries')
    expect(order[at - 1]).toBe('signatures')
    for (const later of order.slice(at + 1)) expect(tableDescriptors[later as keyof typeof tableDescriptors].since).toBeGreaterThan(5)
  })

  test('a format 3 file (before it) reads with no deliveries, as an upgrade', () => {
    const file = toDataFile({ ...emptySnapshot(), meetings: [meeting] }, 't') as unknown as { tables: Record<string, unknown> } & Record<string, unknown>
    const { deliveries: _none, ...tables } = file.tables
    const read = readDataFile(sealed({ ...file, version: 3, tables }))
    if (!read.ok) throw new Error(JSON.stringify(read.problems))
    expect(read.upgraded).toBe(true)
    expect(read.snapshot.deliveries).toEqual([])
    expect(read.snapshot.meetings).toHaveLength(1)
  })

  test('a format 3 file that holds deliveries had its version changed: refused with the table named', () => {
    const file = toDataFile({ ...emptySnapshot(), meetings: [meeting], deliveries: [delivery] }, 't') as unknown as { tables: unknown } & Record<string, unknown>
    const read = readDataFile(sealed({ ...file, version: 3 }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.problems[0]?.message).toContain('tidak mungkin memuat tabel Pengiriman undangan (baru ada sejak format 5)')
  })

  test('a delivery with an unknown channel or a receiver name too long is named in the problems', () => {
    const file = toDataFile({ ...emptySnapshot(), meetings: [meeting] }, 't') as unknown as { tables: Record<string, unknown> } & Record<string, unknown>
    const bad = [{ ...delivery, channel: 'merpati' }, { ...delivery, id: 'd2', receiverName: 'x'.repeat(201) }]
    const read = readDataFile(sealed({ ...file, tables: { ...file.tables, deliveries: bad } }))
    expect(read.ok).toBe(false)
    if (read.ok) return
    const paths = read.problems.map((p) => p.path)
    expect(paths).toContain('deliveries[0].channel')
    expect(paths).toContain('deliveries[1].receiverName')
  })
})
