/** What an imported column can fill, in the order the mapping step shows them. */
export const importFields = ['name', 'position', 'organisation', 'phone', 'email', 'groups', 'notes'] as const
export type ImportField = (typeof importFields)[number]

export const importFieldLabel: Record<ImportField, string> = {
  name: 'Nama',
  position: 'Jabatan',
  organisation: 'Instansi / OPD',
  phone: 'No. HP / Telepon',
  email: 'E-mail',
  groups: 'Kelompok',
  notes: 'Keterangan'
}

/** Column index (0 = column A) per field; null when the file has no such column. */
export type ColumnMapping = Record<ImportField, number | null>

export const emptyMapping = (): ColumnMapping => ({
  name: null,
  position: null,
  organisation: null,
  phone: null,
  email: null,
  groups: null,
  notes: null
})

/** Header words compared after removing case, spaces and punctuation ("No. HP" -> "nohp"). */
const exact: Record<ImportField, string[]> = {
  name: ['nama', 'namalengkap', 'namapeserta', 'namaanggota', 'namaundangan', 'peserta', 'name', 'fullname', 'namadangelar', 'namagelar'],
  position: ['jabatan', 'jabatandalamorganisasi', 'jabatandinas', 'position', 'jobtitle', 'title', 'jabataninstansi', 'jabatanunitkerja'],
  organisation: [
    'instansi', 'opd', 'organisasi', 'unitkerja', 'namainstansi', 'namaopd', 'namaorganisasi', 'asalinstansi', 'asal', 'asalopd',
    'satuankerja', 'satker', 'skpd', 'dinas', 'lembaga', 'kantor', 'organization', 'organisation', 'company', 'agency', 'institution'
  ],
  phone: [
    'nohp', 'nomorhp', 'hp', 'telepon', 'telp', 'tlp', 'notelp', 'notelepon', 'nomortelepon', 'wa', 'nowa', 'nomorwa', 'whatsapp',
    'nowhatsapp', 'handphone', 'ponsel', 'phone', 'mobile', 'phonenumber', 'telephone', 'nohpwa', 'hpwa', 'telpwa', 'kontak', 'nokontak'
  ],
  email: ['email', 'surel', 'alamatemail', 'mail', 'emailaddress', 'alamatsurel'],
  groups: ['kelompok', 'grup', 'group', 'groups', 'kategori', 'category'],
  notes: ['keterangan', 'ket', 'catatan', 'notes', 'note', 'remarks', 'remark', 'memo']
}

/** Words that, found inside a longer header, point to the field ("Nama Lengkap Peserta", "No. HP/WA"). */
const partial: Record<ImportField, string[]> = {
  name: ['nama', 'name'],
  position: ['jabatan', 'position'],
  organisation: ['instansi', 'opd', 'organisasi', 'unitkerja', 'dinas', 'lembaga', 'satker', 'skpd', 'organization', 'organisation'],
  phone: ['hp', 'telp', 'telepon', 'notelp', 'nohp', 'whatsapp', 'phone', 'ponsel'],
  email: ['email', 'surel'],
  groups: ['kelompok', 'group', 'grup'],
  // Not "note": "No.Telp" folds to "notelp".
  notes: ['keterangan', 'catatan', 'notes']
}

export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
}

function score(key: string, field: ImportField): number {
  if (!key) return 0
  if (exact[field].includes(key)) return 100
  let best = 0
  for (const word of partial[field]) {
    if (!key.includes(word)) continue
    // "Nama Instansi" mentions a name but means the organisation: a plain name loses to any other field.
    const weight = field === 'name' ? 1 : 10
    best = Math.max(best, weight + word.length + (key.startsWith(word) ? 5 : 0))
  }
  return best
}

/**
 * Guesses which column holds which field from the header row, in Indonesian or English,
 * ignoring case, spaces and punctuation. Each column and each field is used at most once,
 * best matches first; a column called "No" (the row number) is never taken for a phone.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const candidates: { field: ImportField; column: number; score: number }[] = []
  headers.forEach((header, column) => {
    const key = headerKey(header)
    for (const field of importFields) {
      const s = score(key, field)
      if (s > 0) candidates.push({ field, column, score: s })
    }
  })
  candidates.sort((a, b) => b.score - a.score || a.column - b.column)
  const mapping = emptyMapping()
  const usedColumns = new Set<number>()
  for (const c of candidates) {
    if (mapping[c.field] !== null || usedColumns.has(c.column)) continue
    mapping[c.field] = c.column
    usedColumns.add(c.column)
  }
  return mapping
}

/**
 * The header row: the first of the top rows whose guess finds a name column. Attendance lists
 * often start with a title ("DAFTAR PESERTA RAPAT ...") above the header. Index 0 is Excel row 1.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], lookAhead = 15): number {
  const limit = Math.min(rows.length, lookAhead)
  const mappedCount = (row: readonly string[]) => Object.values(guessColumnMapping(row)).filter((c) => c !== null).length
  // A title such as "DAFTAR NAMA PESERTA" also says "nama": prefer a row that names a second field too.
  for (const minimum of [2, 1]) {
    for (let i = 0; i < limit; i++) {
      const row = rows[i] ?? []
      if (guessColumnMapping(row).name !== null && mappedCount(row) >= minimum) return i
    }
  }
  const firstFilled = rows.findIndex((r) => r.some((c) => c.trim() !== ''))
  return firstFilled === -1 ? 0 : firstFilled
}

/** "A", "B", ... "Z", "AA": how Excel names column `index` (0-based). */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
