import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { DATA_FORMAT, DATA_VERSION, tableNames } from '@shared/datafile'
import { dataFileJsonSchemaText, schemaPath } from '../../../scripts/make-schema'

describe('JSON Schema of the data file (docs/data-format.schema.json)', () => {
  test('the committed schema is what scripts/make-schema.ts generates from the zod schema now', () => {
    const committed = readFileSync(schemaPath, 'utf8')
    // On failure: run `npx tsx scripts/make-schema.ts` and commit docs/data-format.schema.json.
    expect(committed).toBe(dataFileJsonSchemaText())
  })

  test('names the format and version, and stores images as base64 text, not bytes', () => {
    const schema = JSON.parse(dataFileJsonSchemaText()) as {
      properties: Record<string, { const?: unknown; properties?: Record<string, unknown> }>
    }
    expect(schema.properties.format?.const).toBe(DATA_FORMAT)
    expect(schema.properties.version?.const).toBe(DATA_VERSION)
    const tables = Object.keys(schema.properties.tables?.properties ?? {})
    expect(tables).toEqual([...tableNames])
    const text = dataFileJsonSchemaText()
    expect(text).toContain('"base64"')
    // a field the converter could not express would appear as an empty schema
    expect(text).not.toMatch(/:\s*\{\s*\}/)
  })
})
