/**
 * A small QR Code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1 to 10
 * (up to 213 bytes), enough for a signature's fingerprint. It follows the well-known structure of
 * Project Nayuki's generator; test/unit/documents/qr.test.ts checks it module by module against
 * pdfmake's independent encoder. A maintained package (e.g. `qrcode`) could replace it.
 */

/** Level M per version 1..10: error correction codewords per block, and the number of blocks. */
const ECC_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]
const BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]
/** Format information's two bits for level M. */
const FORMAT_BITS_M = 0
export const MAX_VERSION = 10

export type QrMatrix = boolean[][]

function rawDataModules(ver: number): number {
  let result = (16 * ver + 128) * ver + 64
  if (ver >= 2) {
    const numAlign = Math.floor(ver / 7) + 2
    result -= (25 * numAlign - 10) * numAlign - 55
    if (ver >= 7) result -= 36
  }
  return result
}

function dataCodewords(ver: number): number {
  return Math.floor(rawDataModules(ver) / 8) - (ECC_PER_BLOCK[ver] ?? 0) * (BLOCKS[ver] ?? 0)
}

/** Bytes a version holds in byte mode at level M. */
export function capacity(ver: number): number {
  const countBits = ver < 10 ? 8 : 16
  return Math.floor((dataCodewords(ver) * 8 - 4 - countBits) / 8)
}

function gfMultiply(x: number, y: number): number {
  let z = 0
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d)
    z ^= ((y >>> i) & 1) * x
  }
  return z & 0xff
}

function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0)
  result[degree - 1] = 1
  let root = 1
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < result.length; j++) {
      result[j] = gfMultiply(result[j] ?? 0, root)
      if (j + 1 < result.length) result[j] = (result[j] ?? 0) ^ (result[j + 1] ?? 0)
    }
    root = gfMultiply(root, 0x02)
  }
  return result
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = divisor.map(() => 0)
  for (const b of data) {
    const factor = b ^ (result.shift() ?? 0)
    result.push(0)
    divisor.forEach((coef, i) => {
      result[i] = (result[i] ?? 0) ^ gfMultiply(coef, factor)
    })
  }
  return result
}

function encodeData(bytes: Uint8Array, ver: number): number[] {
  const bits: number[] = []
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1)
  }
  put(0b0100, 4)
  put(bytes.length, ver < 10 ? 8 : 16)
  for (const b of bytes) put(b, 8)
  const capacityBits = dataCodewords(ver) * 8
  put(0, Math.min(4, capacityBits - bits.length))
  put(0, (8 - (bits.length % 8)) % 8)
  const out: number[] = []
  for (let i = 0; i < bits.length; i += 8) out.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0))
  for (let pad = 0xec; out.length < dataCodewords(ver); pad ^= 0xec ^ 0x11) out.push(pad)
  return out
}

function withEcc(data: readonly number[], ver: number): number[] {
  const numBlocks = BLOCKS[ver] ?? 1
  const eccLen = ECC_PER_BLOCK[ver] ?? 0
  const raw = Math.floor(rawDataModules(ver) / 8)
  const numShort = numBlocks - (raw % numBlocks)
  const shortLen = Math.floor(raw / numBlocks)
  const divisor = rsDivisor(eccLen)
  const blocks: number[][] = []
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const dat = data.slice(k, k + shortLen - eccLen + (i < numShort ? 0 : 1))
    k += dat.length
    const ecc = rsRemainder(dat, divisor)
    if (i < numShort) dat.push(0)
    blocks.push([...dat, ...ecc])
  }
  const out: number[] = []
  for (let i = 0; i < (blocks[0]?.length ?? 0); i++) {
    blocks.forEach((block, j) => {
      if (i !== shortLen - eccLen || j >= numShort) out.push(block[i] ?? 0)
    })
  }
  return out
}

class Grid {
  readonly size: number
  readonly dark: boolean[][]
  readonly fixed: boolean[][]
  constructor(readonly ver: number) {
    this.size = ver * 4 + 17
    this.dark = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false))
    this.fixed = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false))
  }
  set(x: number, y: number, dark: boolean): void {
    const row = this.dark[y]
    const fixedRow = this.fixed[y]
    if (!row || !fixedRow || x < 0 || x >= this.size) return
    row[x] = dark
    fixedRow[x] = true
  }
  alignmentPositions(): number[] {
    if (this.ver === 1) return []
    const numAlign = Math.floor(this.ver / 7) + 2
    const step = Math.ceil((this.ver * 4 + 4) / (numAlign * 2 - 2)) * 2
    const result = [6]
    for (let pos = this.size - 7; result.length < numAlign; pos -= step) result.splice(1, 0, pos)
    return result
  }
  drawFunctionPatterns(): void {
    for (let i = 0; i < this.size; i++) {
      this.set(6, i, i % 2 === 0)
      this.set(i, 6, i % 2 === 0)
    }
    for (const [x, y] of [
      [3, 3],
      [this.size - 4, 3],
      [3, this.size - 4]
    ] as const) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const d = Math.max(Math.abs(dx), Math.abs(dy))
          if (x + dx >= 0 && x + dx < this.size && y + dy >= 0 && y + dy < this.size) this.set(x + dx, y + dy, d !== 2 && d !== 4)
        }
      }
    }
    const pos = this.alignmentPositions()
    const n = pos.length
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if ((i === 0 && j === 0) || (i === 0 && j === n - 1) || (i === n - 1 && j === 0)) continue
        for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) this.set((pos[i] ?? 0) + dx, (pos[j] ?? 0) + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1)
      }
    }
    this.drawFormat(0)
    if (this.ver >= 7) {
      let rem = this.ver
      for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25)
      const bits = (this.ver << 12) | rem
      for (let i = 0; i < 18; i++) {
        const dark = ((bits >>> i) & 1) === 1
        const a = this.size - 11 + (i % 3)
        const b = Math.floor(i / 3)
        this.set(a, b, dark)
        this.set(b, a, dark)
      }
    }
  }
  drawFormat(mask: number): void {
    const data = (FORMAT_BITS_M << 3) | mask
    let rem = data
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537)
    const bits = ((data << 10) | rem) ^ 0x5412
    const bit = (i: number) => ((bits >>> i) & 1) === 1
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(i))
    this.set(8, 7, bit(6))
    this.set(8, 8, bit(7))
    this.set(7, 8, bit(8))
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(i))
    for (let i = 0; i < 8; i++) this.set(this.size - 1 - i, 8, bit(i))
    for (let i = 8; i < 15; i++) this.set(8, this.size - 15 + i, bit(i))
    this.set(8, this.size - 8, true)
  }
  drawCodewords(data: readonly number[]): void {
    let i = 0
    for (let right = this.size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5
      for (let vert = 0; vert < this.size; vert++) {
        for (let j = 0; j < 2; j++) {
          const x = right - j
          const upward = ((right + 1) & 2) === 0
          const y = upward ? this.size - 1 - vert : vert
          const row = this.dark[y]
          if (row && !this.fixed[y]?.[x] && i < data.length * 8) {
            row[x] = (((data[i >>> 3] ?? 0) >>> (7 - (i & 7))) & 1) === 1
            i++
          }
        }
      }
    }
  }
  applyMask(mask: number): void {
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        if (this.fixed[y]?.[x]) continue
        const row = this.dark[y]
        if (row && maskBit(mask, x, y)) row[x] = !row[x]
      }
    }
  }
}

function maskBit(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0
    case 1:
      return y % 2 === 0
    case 2:
      return x % 3 === 0
    case 3:
      return (x + y) % 3 === 0
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0
  }
}

/** The standard's penalty rules: runs, 2x2 blocks, finder-like patterns, balance of dark modules. */
export function penalty(m: QrMatrix): number {
  const size = m.length
  let score = 0
  const lines: boolean[][] = [...m, ...m.map((_, x) => m.map((row) => row[x] ?? false))]
  for (const line of lines) {
    let run = 1
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++
      else {
        if (run >= 5) score += run - 2
        run = 1
      }
    }
    const s = line.map((d) => (d ? '1' : '0')).join('')
    for (const p of ['00001011101', '10111010000']) for (let at = s.indexOf(p); at >= 0; at = s.indexOf(p, at + 1)) score += 40
  }
  for (let y = 0; y + 1 < size; y++) {
    for (let x = 0; x + 1 < size; x++) {
      const c = m[y]?.[x]
      if (c === m[y]?.[x + 1] && c === m[y + 1]?.[x] && c === m[y + 1]?.[x + 1]) score += 3
    }
  }
  const dark = m.reduce((n, row) => n + row.filter(Boolean).length, 0)
  const total = size * size
  score += Math.floor(Math.abs(dark * 20 - total * 10) / total) * 10
  return score
}

/** The modules of a QR code for `data` (true = dark), without the quiet zone. */
export function qrMatrix(data: Uint8Array | string, options: { version?: number; mask?: number } = {}): QrMatrix {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  let ver = options.version ?? 1
  while (ver <= MAX_VERSION && capacity(ver) < bytes.length) ver++
  if (ver > MAX_VERSION) throw new RangeError(`Data terlalu panjang untuk kode QR (${bytes.length} bita)`)
  const codewords = withEcc(encodeData(bytes, ver), ver)
  const make = (mask: number): Grid => {
    const g = new Grid(ver)
    g.drawFunctionPatterns()
    g.drawCodewords(codewords)
    g.applyMask(mask)
    g.drawFormat(mask)
    return g
  }
  if (options.mask !== undefined) return make(options.mask).dark
  let best: Grid | undefined
  let bestScore = Infinity
  for (let mask = 0; mask < 8; mask++) {
    const g = make(mask)
    const s = penalty(g.dark)
    if (s < bestScore) {
      best = g
      bestScore = s
    }
  }
  return (best ?? make(0)).dark
}
