import { expect, test } from 'vitest'
import { concatBytes, decodeRecords, encodeRecord, HEADER_BYTES } from '@shared/journal'

const three = () => [encodeRecord(1, '{"a":1}'), encodeRecord(2, '{"b":"Ny. Hj. Rahmi ✓"}'), encodeRecord(3, '{"c":3}')]

test('records read back in order with their sequence numbers and text', () => {
  const bytes = concatBytes(three())
  const r = decodeRecords(bytes)
  expect(r.records).toEqual([
    { seq: 1, payload: '{"a":1}' },
    { seq: 2, payload: '{"b":"Ny. Hj. Rahmi ✓"}' },
    { seq: 3, payload: '{"c":3}' }
  ])
  expect(r).toMatchObject({ validBytes: bytes.byteLength, ignoredBytes: 0, stop: null })
})

test('a torn last record (cut anywhere: in its header or its payload) is ignored, and every record before it counts', () => {
  const parts = three()
  const whole = concatBytes(parts)
  const before = parts[0]!.byteLength + parts[1]!.byteLength
  for (let cut = before + 1; cut < whole.byteLength; cut++) {
    const r = decodeRecords(whole.subarray(0, cut))
    expect(r.records.map((x) => x.seq)).toEqual([1, 2])
    expect(r).toMatchObject({ validBytes: before, ignoredBytes: cut - before, stop: 'torn' })
  }
})

test('a header without its payload followed by more records (the LevelDB reuse_logs case) ends the journal at the torn header', () => {
  const parts = three()
  const torn = parts[1]!.subarray(0, HEADER_BYTES)
  const r = decodeRecords(concatBytes([parts[0]!, torn, parts[2]!]))
  expect(r.records.map((x) => x.seq)).toEqual([1])
  expect(r.stop).not.toBeNull()
})

test('one changed byte in a payload fails its CRC; a sequence number that goes back ends the journal', () => {
  const parts = three()
  const bytes = concatBytes(parts)
  const damaged = bytes.slice()
  damaged[parts[0]!.byteLength + HEADER_BYTES + 2]! ^= 0x01
  expect(decodeRecords(damaged)).toMatchObject({ records: [{ seq: 1, payload: '{"a":1}' }], stop: 'crc' })
  const backwards = decodeRecords(concatBytes([encodeRecord(5, 'x'), encodeRecord(4, 'y')]))
  expect(backwards).toMatchObject({ records: [{ seq: 5, payload: 'x' }], stop: 'order' })
})
