import { useEffect, useState } from 'react'
import { requestPersistence } from '../data/storage'
import { BerandaPage } from '../features/beranda/BerandaPage'
import { KontakPage } from '../features/kontak/KontakPage'
import { AgendaPage } from '../features/agenda/AgendaPage'
import { PengaturanPage } from '../features/pengaturan/PengaturanPage'
import { RapatPage } from '../features/rapat/RapatPage'
import { ErrorBoundary } from './ErrorBoundary'
import { navigate, pageTitle, pages, useRoute, type PageId } from './router'
import { AboutDialog } from './AboutDialog'

const icons: Record<PageId, string> = { beranda: '⌂', rapat: '◷', agenda: '✉', kontak: '☎', pengaturan: '⚙' }

export function App() {
  const route = useRoute()
  const [aboutOpen, setAboutOpen] = useState(false)

  useEffect(() => {
    void requestPersistence()
    return window.pkk.onMenuCommand((command) => {
      if (command === 'about') setAboutOpen(true)
      else navigate(command.slice('navigate:'.length) as PageId)
    })
  }, [])

  useEffect(() => {
    document.title = `${pageTitle[route.page]} · Sekretariat PKK`
  }, [route.page])

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Navigasi utama">
        <div className="brand">
          <strong>Sekretariat PKK</strong>
        </div>
        <ul>
          {pages.map((p) => (
            <li key={p}>
              <a href={`#/${p}`} aria-current={route.page === p ? 'page' : undefined} className={route.page === p ? 'active' : ''}>
                <span aria-hidden="true" className="nav-icon">
                  {icons[p]}
                </span>
                {pageTitle[p]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" id="konten">
        <ErrorBoundary key={route.page}>
          {route.page === 'beranda' && <BerandaPage />}
          {route.page === 'rapat' && <RapatPage params={route.params} />}
          {route.page === 'agenda' && <AgendaPage params={route.params} />}
          {route.page === 'kontak' && <KontakPage params={route.params} />}
          {route.page === 'pengaturan' && <PengaturanPage />}
        </ErrorBoundary>
      </main>
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
    </div>
  )
}
