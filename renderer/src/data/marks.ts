/** The performance mark set when the journal's work after start (its new base) is done; the bench waits for it. */
export const START_BASE_MARK = 'pkk:jurnal-dasar-awal'
