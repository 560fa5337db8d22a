import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
// pdfmake's own QR encoder (a separate implementation, Kang Seonghoon's qr.js) is the reference.
// @ts-expect-error pdfmake ships no types for its internal module
import qrEnc from 'pdfmake/js/qrEnc.js'
import { qrMatrix, qrPng } from '../../../shared/documents'
import { capacity, MAX_VERSION } from '../../../shared/documents/qr'

type Rect = { x: number; y: number }
const reference = qrEnc as unknown as { measure(node: Record<string, unknown>): { _canvas: Rect[] } }

function referenceMatrix(data: string, version: number, mask: number, size: number): boolean[][] {
  const node = reference.measure({ qr: data, eccLevel: 'M', version, mask, mode: 'octet', fit: size })
  const m = Array.from({ length: size }, () => new Array<boolean>(size).fill(false))
  // The first rectangle is the white background; each other one is a dark module of 1 x 1.
  for (const r of node._canvas.slice(1)) {
    const row = m[r.y]
    if (row) row[r.x] = true
  }
  return m
}

describe('QR code encoder', () => {
  test('matches an independent encoder module for module: versions 1 to 10, all eight masks', () => {
    for (let version = 1; version <= MAX_VERSION; version++) {
      for (let mask = 0; mask < 8; mask++) {
        const data = `SHA-256 ${'0123456789ABCDEF'.repeat(16)}`.slice(0, capacity(version) - mask)
        const mine = qrMatrix(data, { version, mask })
        expect(mine.length).toBe(version * 4 + 17)
        expect(mine, `versi ${version}, mask ${mask}`).toEqual(referenceMatrix(data, version, mask, mine.length))
      }
    }
  })

  test('picks the smallest version that holds the data, and refuses what no version 1-10 holds', () => {
    expect(qrMatrix('x'.repeat(14)).length).toBe(21)
    expect(qrMatrix('x'.repeat(15)).length).toBe(25)
    expect(capacity(10)).toBe(213)
    expect(() => qrMatrix('x'.repeat(214))).toThrow(/terlalu panjang/)
  })

  test('the PNG is a valid image a barcode reader decodes (zbarimg, installed by .ci/run)', () => {
    const text = 'TTD DIGITAL SEKRETARIAT PKK\nNy. Hj. Nevi Irwan Prayitno\nSHA-256 E1530716B55B2CDBCB2B49DD647E56F33E7980C7E1A22C9E2743B6E48D5B2B07'
    const png = qrPng(qrMatrix(text))
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const dir = mkdtempSync(join(tmpdir(), 'pkk-qr-'))
    writeFileSync(join(dir, 'q.png'), png)
    expect(execFileSync('zbarimg', ['-q', '--raw', join(dir, 'q.png')], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()).toBe(text)
  })
})
