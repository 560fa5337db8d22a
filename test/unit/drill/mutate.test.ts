import { describe, expect, test } from 'vitest'
import { readDataFile, toDataFile } from '@shared/datafile'
import { generateOffice } from '../../fixtures/ten-year-office'
import { classifyChange, mutateByte, setWrongType, truncateText, wrongTypeFor } from '../../../scripts/drill/mutate'

const file = JSON.stringify(toDataFile(generateOffice({ years: 1, letters: 12, people: 4, organisations: 2 }, 3), 'test'))
const parsed: unknown = JSON.parse(file)

describe('damaged backup files', () => {
  test('every cut of a backup is refused by readDataFile', () => {
    for (const f of [0, 0.001, 0.25, 0.5, 0.999, 0.9999999]) {
      const t = truncateText(file, f)
      expect(t.text.length).toBeLessThan(file.length)
      expect(readDataFile(t.text).ok).toBe(false)
    }
  })

  test('one byte changed: decoded as a chosen file is, and classified', () => {
    const m = mutateByte('{"a":"Ni\'mah"}', 0.5, 0xff)
    expect(m.text).not.toBe('{"a":"Ni\'mah"}')
    expect(m.from).not.toBe(m.to)
    expect(mutateByte('ab', 0, 'a'.charCodeAt(0)).to).toBe('b'.charCodeAt(0))
    // A byte above 0x7f alone is not UTF-8: it reads as U+FFFD, inside a string still valid JSON.
    expect(mutateByte('{"a":"xyz"}', 7 / 11, 0xc3).text).toBe('{"a":"x\ufffdz"}')
  })

  test('changes are told apart: syntax, an edit of a value, a renamed key, a change of structure, none', () => {
    const o = { a: 'Nevi', n: 2, list: [1, 2], obj: { x: true } }
    expect(classifyChange(o, '{"a":"Nevi"')).toEqual({ kind: 'syntax', path: '' })
    expect(classifyChange(o, '{"a":"Nevo","n":2,"list":[1,2],"obj":{"x":true}}')).toEqual({ kind: 'value', path: 'a' })
    expect(classifyChange(o, '{"a":"Nevi","n":3,"list":[1,2],"obj":{"x":true}}')).toEqual({ kind: 'value', path: 'n' })
    expect(classifyChange(o, '{"a":"Nevi","n":2,"list":[1,2],"obj":{"y":true}}')).toEqual({ kind: 'key', path: 'obj.x -> y' })
    expect(classifyChange(o, '{"a":"Nevi","n":2,"list":[1,2],"obj":{"y":false}}')).toEqual({ kind: 'structure', path: 'obj.x -> y' })
    expect(classifyChange(o, '{"a":"Nevi","n":2,"list":[1,2],"obj":{"x":true,"y":1}}')).toEqual({ kind: 'structure', path: 'obj' })
    expect(classifyChange(o, '{"a":"Nevi","n":"2","list":[1,2],"obj":{"x":true}}')).toEqual({ kind: 'structure', path: 'n' })
    expect(classifyChange(o, '{"a":"Nevi","n":2,"list":[1],"obj":{"x":true}}')).toEqual({ kind: 'structure', path: 'list' })
    expect(classifyChange(o, '{"a":"Nevo","n":3,"list":[1,2],"obj":{"x":true}}').kind).toBe('structure')
    expect(classifyChange(o, JSON.stringify(o))).toEqual({ kind: 'none', path: '' })
  })

  test('a wrong type is always another type', () => {
    for (const v of ['x', 1, true, [1], { a: 1 }, null]) {
      for (const f of [0, 0.3, 0.6, 0.99]) {
        const w = wrongTypeFor(v, f)
        const kind = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x)
        expect(kind(w)).not.toBe(kind(v))
      }
    }
  })

  test('a field of the wrong type, in a record or in the file itself, is refused by readDataFile', () => {
    for (let i = 0; i < 60; i++) {
      const f = (k: number) => ((i * 7 + k * 13) % 60) / 60
      const w = setWrongType(parsed, [f(0), f(1), f(2), f(3), f(4), f(5)])
      expect(w).not.toBeNull()
      if (!w) continue
      expect(w.text).not.toBe(file)
      expect(readDataFile(w.text).ok, w.path).toBe(false)
    }
  })
})
