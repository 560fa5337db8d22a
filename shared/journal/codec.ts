import CRC32 from 'crc-32'

/**
 * The change journal's record framing, the same in main's file and the browser's OPFS file:
 * [u32 length of the payload][u32 seq][u32 CRC-32 of seq and payload][payload, UTF-8 JSON], little endian.
 * A crash can leave the last record torn (its header without all of its payload, or half a header);
 * reading stops at the first record that is short or fails its CRC, and everything before it counts.
 */
export const HEADER_BYTES = 12
/** One entry is one transaction of the data layer; a restore's worth of records goes into a base, not an entry. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

function crcOf(seq: number, payload: Uint8Array): number {
  const seqBytes = new Uint8Array(4)
  new DataView(seqBytes.buffer).setUint32(0, seq, true)
  return CRC32.buf(payload, CRC32.buf(seqBytes)) >>> 0
}

/** One framed record. */
export function encodeRecord(seq: number, payload: string): Uint8Array {
  if (!Number.isInteger(seq) || seq < 1 || seq > 0xffffffff) throw new RangeError(`Nomor urut jurnal tidak sah: ${seq}`)
  const body = encoder.encode(payload)
  if (body.byteLength > MAX_RECORD_BYTES) throw new RangeError('Catatan jurnal terlalu besar')
  const out = new Uint8Array(HEADER_BYTES + body.byteLength)
  const view = new DataView(out.buffer)
  view.setUint32(0, body.byteLength, true)
  view.setUint32(4, seq, true)
  view.setUint32(8, crcOf(seq, body), true)
  out.set(body, HEADER_BYTES)
  return out
}

export interface DecodedRecord {
  seq: number
  payload: string
}

export interface DecodeResult {
  records: DecodedRecord[]
  /** Bytes of whole, valid records from the start: where the next record must be written. */
  validBytes: number
  /** Bytes after them that were ignored (a torn or damaged tail); 0 when the file ended cleanly. */
  ignoredBytes: number
  /** Why reading stopped early, or null. */
  stop: 'torn' | 'crc' | 'order' | 'text' | null
}

/**
 * Every whole record from the start. Sequence numbers must rise; a record that breaks the order, fails
 * its CRC or is cut short ends the journal there (what follows cannot be trusted to be in order).
 */
export function decodeRecords(bytes: Uint8Array): DecodeResult {
  const records: DecodedRecord[] = []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let off = 0
  let last = 0
  const stopAt = (stop: DecodeResult['stop']): DecodeResult => ({ records, validBytes: off, ignoredBytes: bytes.byteLength - off, stop })
  while (off < bytes.byteLength) {
    if (bytes.byteLength - off < HEADER_BYTES) return stopAt('torn')
    const length = view.getUint32(off, true)
    const seq = view.getUint32(off + 4, true)
    const crc = view.getUint32(off + 8, true)
    if (length > MAX_RECORD_BYTES) return stopAt('crc')
    if (bytes.byteLength - off - HEADER_BYTES < length) return stopAt('torn')
    const body = bytes.subarray(off + HEADER_BYTES, off + HEADER_BYTES + length)
    if (crcOf(seq, body) !== crc) return stopAt('crc')
    if (seq <= last) return stopAt('order')
    let payload: string
    try {
      payload = decoder.decode(body)
    } catch {
      return stopAt('text')
    }
    records.push({ seq, payload })
    last = seq
    off += HEADER_BYTES + length
  }
  return stopAt(null)
}

// Framed records are joined with the byte helper the signing code already has (a leaf module with no imports).
export { concatBytes } from '../signing/bytes'
