import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { StartupError } from './app/StartupError'
import { installBrowserBridge } from './bridge/browser-api'
import { setDb } from './data/db'
import { checkGuardAtStart, keepGuard } from './data/guard'
import { attachJournal, keepJournal } from './data/journal-keeper'
import { openSessionDatabase } from './data/practice'
import { fitOverlongAttendanceOnce, whenIdle } from './data/startup'
import { sessionOfMode, setSession, storedMode } from './data/session'
import { readMode } from './data/registration-mode'
import { GuardScreen } from './app/GuardScreen'
import { prewarmDocuments } from './documents/service'
import './ui/styles.css'

installBrowserBridge()

const rootEl = document.getElementById('root')

async function start() {
  if (!rootEl) return
  const root = createRoot(rootEl)
  try {
    // The office's data, or the practice data when this window chose "Coba data contoh" (kept over a reload).
    const session = sessionOfMode(storedMode(sessionStorage))
    setSession(session)
    const db = await openSessionDatabase(session, {
      loadSample: async () => (await import('../../resources/sample/sumbar-2019.json?raw')).default,
      onVersionChange: () => window.dispatchEvent(new CustomEvent('pkk:db-closed'))
    })
    setDb(db)
    // Every write from here on goes into the journal outside IndexedDB (none for practice data).
    attachJournal(db)
    // Attendance rows an earlier version wrote too long for its own restore: put right before any backup is taken.
    await fitOverlongAttendanceOnce(db).catch(() => 0)
    // A meja registrasi running in this window: its code loads and its meeting and day are read while the
    // guard record is checked (the desk is all the window shows; a reload must bring it back quickly).
    const desk = readMode(localStorage, session.storagePrefix)
    if (desk) void import('./features/registrasi/desk-data').then((m) => m.readDeskEarly(db, desk)).catch(() => undefined)
    const showApp = () => {
      keepGuard(db)
      // Only once the app opens normally: at the guard screen the journal's base is still the one from before the loss.
      // Its new base is written once the first screen is drawn and the window is idle.
      void keepJournal(db, undefined, { later: whenIdle() }).catch(() => undefined)
      root.render(
        <StrictMode>
          <App />
        </StrictMode>
      )
    }
    const finding = await checkGuardAtStart(db)
    if (finding) root.render(<GuardScreen finding={finding} onResolved={showApp} />)
    else showApp()
    // The document engines and fonts load in the render worker once the first screen is up and the app is idle.
    setTimeout(prewarmDocuments, 1000)
  } catch (err) {
    root.render(<StartupError error={err} />)
  }
}

void start()
