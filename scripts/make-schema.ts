/**
 * Writes docs/data-format.schema.json, the JSON Schema of the data file, from the zod schema the app
 * itself reads files with (shared/datafile/format.ts), so the two cannot say different things.
 *
 *   npx tsx scripts/make-schema.ts
 *
 * test/unit/datafile/schema.test.ts fails when the committed file is older than the zod schema.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { DATA_FORMAT, DATA_VERSION, dataFileSchema } from '../shared/datafile'

export const schemaPath = fileURLToPath(new URL('../docs/data-format.schema.json', import.meta.url))

/** The JSON Schema as text, exactly as committed. */
export function dataFileJsonSchemaText(): string {
  // 'input': the schema describes what readDataFile accepts. Unknown keys are dropped on reading, not refused,
  // so objects stay open. Refinements (phone, e-mail, real calendar dates) are checked by the app only.
  const generated = z.toJSONSchema(dataFileSchema, { io: 'input', target: 'draft-2020-12' })
  const { $schema, ...rest } = generated
  const schema = {
    $schema,
    title: 'Berkas data Sekretariat PKK',
    description:
      `Cadangan, ekspor dan data contoh aplikasi Sekretariat PKK (format "${DATA_FORMAT}", versi ${DATA_VERSION}). ` +
      'Gambar disimpan sebagai teks base64. Lihat docs/data-format.md.',
    ...rest
  }
  return `${JSON.stringify(schema, null, 2)}\n`
}

function isMain(): boolean {
  return process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]
}

if (isMain()) {
  writeFileSync(schemaPath, dataFileJsonSchemaText())
  console.log(`Ditulis ${schemaPath}`)
}
