/**
 * pdfmake reports its progress for every node it lays out (some 2,600 times for a 6-page Daftar Hadir);
 * each report is a message to the window and a state change there. The bar moves at most this often.
 */
export const PROGRESS_EVERY_MS = 100

/** A progress report for the window at most every PROGRESS_EVERY_MS (the first one a beat after the start). */
export function throttledProgress(send: (progress: number) => void, now: () => number = () => performance.now()): (progress: number) => void {
  let last = now()
  return (progress) => {
    const t = now()
    if (t - last < PROGRESS_EVERY_MS) return
    last = t
    send(progress)
  }
}
