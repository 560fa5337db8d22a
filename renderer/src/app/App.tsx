import { lazy, Suspense, useEffect, useState } from 'react'
import { backupAtClose, backupNow, dailyBackupIfDue } from '../data/backup'
import { getDb } from '../data/db'
import { getSession } from '../data/session'
import { requestPersistence } from '../data/storage'
import { Notice, type NoticeKind } from '../ui/Notice'
import { BerandaPage } from '../features/beranda/BerandaPage'
import type { PrintRegisterPdf } from '../features/agenda/AgendaPage'
import { ErrorBoundary } from './ErrorBoundary'
import { navigate, pageTitle, pages, routeKey, useRoute, type PageId } from './router'
import { AboutDialog } from './AboutDialog'
import { PracticeBanner } from './PracticeBanner'
import { errorText } from '../ui/error-text'
import { useRegistrationLock } from '../features/registrasi/use-registration-lock'
// Reads a meeting's page from the hash change that opens it (before the route renders).
import '../features/rapat/meeting-ahead'

// Beranda is the first screen; every other page (and what it brings: the document engine, exceljs,
// the signing code) is loaded the first time it is opened, from the app's own files.
const RapatPage = lazy(() => import('../features/rapat/RapatPage').then((m) => ({ default: m.RapatPage })))
const AgendaPage = lazy(() => import('../features/agenda/AgendaPage').then((m) => ({ default: m.AgendaPage })))
const KontakPage = lazy(() => import('../features/kontak/KontakPage').then((m) => ({ default: m.KontakPage })))
const PengaturanPage = lazy(() => import('../features/pengaturan/PengaturanPage').then((m) => ({ default: m.PengaturanPage })))
const RegistrationMode = lazy(() => import('../features/registrasi/RegistrationMode').then((m) => ({ default: m.RegistrationMode })))
const saveRegisterPdf: PrintRegisterPdf = async (rows, filter) => (await import('../features/agenda/register-pdf')).saveRegisterPdf(rows, filter)

const icons: Record<PageId, string> = { beranda: '⌂', rapat: '◷', agenda: '✉', kontak: '☎', pengaturan: '⚙' }

export function App() {
  const route = useRoute()
  const lock = useRegistrationLock()
  const [aboutOpen, setAboutOpen] = useState(false)
  const [toast, setToast] = useState<{ kind: NoticeKind; text: string } | null>(null)
  const [dbClosed, setDbClosed] = useState(false)
  const practice = getSession().mode === 'practice'

  useEffect(() => {
    const onClosed = () => setDbClosed(true)
    window.addEventListener('pkk:db-closed', onClosed)
    return () => window.removeEventListener('pkk:db-closed', onClosed)
  }, [])

  useEffect(() => {
    void requestPersistence()
    void dailyBackupIfDue(getDb()).catch((err: unknown) =>
      setToast({ kind: 'error', text: `Cadangan harian gagal: ${errorText(err, 'Buka Pengaturan, bagian Cadangan data, lalu tekan “Simpan cadangan ke berkas…”.')}` })
    )
    const offQuit = window.pkk.backup.onBeforeQuit(async () => {
      await backupAtClose(getDb())
    })
    const offMenu = window.pkk.onMenuCommand((command) => {
      if (command === 'about') setAboutOpen(true)
      else if (command === 'backup') {
        backupNow(getDb(), 'manual')
          .then((e) => setToast({ kind: 'success', text: `Cadangan dibuat: ${e.fileName}` }))
          .catch((err: unknown) => setToast({ kind: 'error', text: `Cadangan gagal: ${errorText(err, 'Buka Pengaturan, bagian Cadangan data, lalu tekan “Simpan cadangan ke berkas…”.')}` }))
      } else navigate(command.slice('navigate:'.length) as PageId)
    })
    return () => {
      offQuit()
      offMenu()
    }
  }, [])

  useEffect(() => {
    document.title = `${practice ? 'Latihan · ' : ''}${pageTitle[route.page]} · Sekretariat PKK`
  }, [route.page, practice])

  // The meja registrasi, while it runs, is all the window shows: every route is blocked until the PIN. The
  // backups above (daily, at close) go on as before.
  if (lock)
    return (
      <Suspense fallback={<p className="muted">Memuat meja registrasi…</p>}>
        <RegistrationMode mode={lock} />
      </Suspense>
    )
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
        {practice && <PracticeBanner />}
        {dbClosed && (
          <Notice kind="error">
            Basis data diperbarui atau dipulihkan di jendela lain. Muat ulang jendela ini (Ctrl+R) sebelum melanjutkan.{' '}
            <button type="button" onClick={() => location.reload()}>
              Muat ulang
            </button>
          </Notice>
        )}
        <ErrorBoundary key={routeKey(route)}>
          <Suspense fallback={<p className="muted">Memuat halaman…</p>}>
            {route.page === 'beranda' && <BerandaPage />}
            {route.page === 'rapat' && <RapatPage params={route.params} />}
            {route.page === 'agenda' && <AgendaPage params={route.params} onPrintPdf={saveRegisterPdf} />}
            {route.page === 'kontak' && <KontakPage params={route.params} />}
            {route.page === 'pengaturan' && <PengaturanPage />}
          </Suspense>
        </ErrorBoundary>
      </main>
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      {toast && (
        <div className="toast" onClick={() => setToast(null)}>
          <Notice kind={toast.kind}>{toast.text}</Notice>
        </div>
      )}
    </div>
  )
}
