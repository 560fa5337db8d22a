import { getDb } from '../data/db'
import { discardPracticeData } from '../data/practice'
import { rememberMode } from '../data/session'

/**
 * Changing between the office's data and the practice data reloads the window: main.tsx then opens
 * only the chosen database, and no live query, guard timer or journal of the other one is left running.
 */

/** "Coba data contoh": the practice database (the sample office), kept data or, with fresh, the sample anew. */
export async function startPractice(options: { fresh: boolean }): Promise<void> {
  if (options.fresh) await discardPracticeData(localStorage)
  rememberMode(sessionStorage, 'practice')
  location.reload()
}

/** "Kembali ke data kantor": the practice data is thrown away or kept for next time. */
export async function returnToOffice(options: { discard: boolean }): Promise<void> {
  getDb().close()
  if (options.discard) await discardPracticeData(localStorage)
  rememberMode(sessionStorage, 'office')
  location.reload()
}

/** Practice from the start again: the practice data goes and the sample office is loaded anew. */
export async function restartPractice(): Promise<void> {
  getDb().close()
  await discardPracticeData(localStorage)
  location.reload()
}
