import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { StartupError } from './app/StartupError'
import { installBrowserBridge } from './bridge/browser-api'
import { setDb } from './data/db'
import { openDatabase } from './data/open'
import './ui/styles.css'

installBrowserBridge()

const rootEl = document.getElementById('root')

async function start() {
  if (!rootEl) return
  const root = createRoot(rootEl)
  try {
    const db = await openDatabase({
      backupBeforeUpgrade: (json) => window.pkk.backup.write({ reason: 'sebelum-migrasi', json }),
      onVersionChange: () => window.dispatchEvent(new CustomEvent('pkk:db-closed'))
    })
    setDb(db)
    root.render(
      <StrictMode>
        <App />
      </StrictMode>
    )
  } catch (err) {
    root.render(<StartupError error={err} />)
  }
}

void start()
