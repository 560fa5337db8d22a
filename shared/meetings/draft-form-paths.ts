/**
 * Where a message of a document's draft schema shows in its form. The forms type lists as lines (one
 * textarea, or one row per line with the empty ones left out of the draft), so a path of the draft is
 * not always a path of the form: these say which field carries it.
 */

/** The index in `lines` of the n-th line that is not empty (the draft keeps only those). */
export function filledLineIndex(lines: readonly { text: string }[], n: number): number {
  let seen = -1
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i]?.text ?? '').trim() !== '' && ++seen === n) return i
  }
  return -1
}

const joined = (path: readonly PropertyKey[]) => path.map(String).join('.')

/** Surat Undangan: the Tembusan is one textarea. */
export function undanganFormPath(path: readonly PropertyKey[]): string {
  return path[0] === 'tembusan' ? 'tembusanText' : joined(path)
}

/** The lines of a Keputusan form that the draft's lists come from. */
export interface KeputusanFormLines {
  menimbang: readonly { text: string }[]
  articles: readonly { text: string }[]
}

/**
 * Keputusan Ketua: a Menimbang or an article goes to its own row (the n-th filled one); Mengingat and
 * Memperhatikan mix the library's entries with typed lines, so their messages go to the list as a whole.
 */
export function keputusanFormPath(path: readonly PropertyKey[], form: KeputusanFormLines): string {
  const [head, index] = path
  if (head === 'menimbang' || head === 'articles') {
    if (typeof index !== 'number') return head
    const row = filledLineIndex(form[head], index)
    return row < 0 ? head : `${head}.${row}.text`
  }
  if (head === 'mengingat') return 'mengingatOwn'
  if (head === 'memperhatikan') return 'memperhatikanOwn'
  return joined(path)
}
