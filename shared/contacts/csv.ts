import Papa from 'papaparse'

/**
 * The text of a CSV file. Excel on Windows saves "CSV UTF-8" with a BOM, plain "CSV" in
 * the Windows code page, and "Unicode text" as UTF-16: all three are read the same.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export interface CsvTable {
  rows: string[][]
  delimiter: string
}

/**
 * Rows of a CSV file. The delimiter is guessed: Indonesian Excel writes ";" (the comma is the
 * decimal sign there), other tools ",". Quoted fields may hold delimiters, quotes and line breaks.
 */
export function parseCsv(text: string): CsvTable {
  const body = stripBom(text)
  // Guess on non-empty lines only (a blank line would look like a one-column row), then parse
  // every line, blank ones included, so row numbers stay the ones a text editor shows.
  const guess = Papa.parse<string[]>(body, { delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: 'greedy', preview: 50 })
  const delimiter = guess.meta.delimiter || ','
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false })
  const rows = result.data.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n')))
  // Papa keeps the empty line after the last line break as a row of one empty cell.
  while (rows.length > 0 && rows[rows.length - 1]?.every((c) => c.trim() === '')) rows.pop()
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0)
  for (const row of rows) while (row.length < width) row.push('')
  return { rows, delimiter }
}
