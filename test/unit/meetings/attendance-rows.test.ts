import { describe, expect, test } from 'vitest'
import { clipText, inviteeRowFields } from '../../../shared/meetings'
import { attendance } from '../../../shared/model'

const row = (fields: { name: string; position: string; organisation: string }) =>
  attendance.safeParse({
    id: 'r1',
    meetingId: 'm1',
    day: '2019-12-05',
    inviteeId: 'x',
    ...fields,
    status: 'hadir',
    delegateName: '',
    delegatePosition: '',
    note: '',
    order: 1,
    updatedAt: '2019-12-05T02:00:00.000Z'
  })

describe('the copied fields of an invitee’s row fit the attendance schema', () => {
  test('a 300-character head title is cut to 200 with "…"; short fields are kept', () => {
    const head = `Kepala ${'Badan '.repeat(49)}Daerah`.slice(0, 300)
    const fields = inviteeRowFields({ inviteeId: 'x', name: head, position: '', organisation: 'Dinas A' })
    // Cut at 199, the space before the cut dropped, then "…".
    expect(fields.name).toBe(`${head.slice(0, 199).trimEnd()}…`)
    expect(fields.name.length).toBeLessThanOrEqual(200)
    expect(inviteeRowFields({ inviteeId: 'x', name: 'x'.repeat(250), position: '', organisation: '' }).name).toHaveLength(200)
    expect(fields.name.endsWith('…')).toBe(true)
    expect(head.startsWith(fields.name.slice(0, -1))).toBe(true)
    expect(fields.organisation).toBe('Dinas A')
    expect(row(fields).success).toBe(true)
  })

  test('never splits a surrogate pair', () => {
    const cut = clipText(`${'a'.repeat(198)}😀😀`, 200)
    expect(cut).toBe(`${'a'.repeat(198)}…`)
  })
})
