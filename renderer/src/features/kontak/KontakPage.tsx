import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { todayIso, utcOffset } from '@shared/calendar'
import { navigate } from '../../app/router'
import { useContactsDirectory } from '../../data/contacts-hooks'
import { exportContacts } from '../../data/contacts-repo'
import { getDb } from '../../data/db'
import { useProfile } from '../../data/hooks'
import { Notice } from '../../ui/Notice'
import { contactsWorkbook } from './export-xlsx'
import { GroupsTab } from './GroupsTab'
import { ImportDialog } from './ImportDialog'
import { OrganisationsTab } from './OrganisationsTab'
import { PeopleTab } from './PeopleTab'
import { count } from './table'
import { errorText } from '../../ui/error-text'

const tabs = [
  { id: 'orang', label: 'Orang' },
  { id: 'organisasi', label: 'Organisasi' },
  { id: 'kelompok', label: 'Kelompok' }
] as const
type TabId = (typeof tabs)[number]['id']

function tabOf(params: string[]): TabId {
  return tabs.find((t) => t.id === params[0])?.id ?? 'orang'
}

/** Kontak: the address book of people, organisations and groups; the tab lives in the URL (#/kontak/organisasi). */
export function KontakPage({ params }: { params: string[] }) {
  const directory = useContactsDirectory()
  const profile = useProfile()
  const tab = tabOf(params)
  const [importing, setImporting] = useState(false)
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const [exporting, setExporting] = useState(false)
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([])

  // A success note goes away by itself; an error stays until the next action.
  useEffect(() => {
    if (message?.kind !== 'success') return
    const t = setTimeout(() => setMessage(null), 8000)
    return () => clearTimeout(t)
  }, [message])

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>, index: number) {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    const target = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : delta ? (index + delta + tabs.length) % tabs.length : -1
    if (target < 0) return
    e.preventDefault()
    const t = tabs[target]
    if (t) navigate('kontak', t.id)
    tabRefs.current[target]?.focus()
  }

  async function onExport() {
    setExporting(true)
    setMessage(null)
    try {
      const data = await contactsWorkbook(await exportContacts(getDb()))
      const date = todayIso(new Date(), utcOffset[profile?.timeZone ?? 'WIB'])
      const saved = await window.pkk.saveFile({ suggestedName: `Kontak ${date}.xlsx`, kind: 'xlsx', data })
      if (saved.saved) setMessage({ kind: 'success', text: `Kontak diekspor ke ${saved.fileName}.` })
    } catch (err) {
      setMessage({ kind: 'error', text: `Ekspor gagal: ${errorText(err, 'Coba sekali lagi, atau simpan ke folder lain.')}` })
    } finally {
      setExporting(false)
    }
  }

  return (
    <>
      <div className="page-head">
        <h1>Kontak</h1>
        <div className="toolbar">
          {directory && (
            <span className="muted">
              {count(directory.people.length)} orang · {count(directory.organisations.length)} organisasi · {count(directory.groups.length)} kelompok
            </span>
          )}
          <button type="button" onClick={() => setImporting(true)} disabled={!directory}>
            Impor dari Excel/CSV
          </button>
          <button type="button" onClick={() => void onExport()} disabled={!directory || exporting}>
            {exporting ? 'Mengekspor…' : 'Ekspor ke Excel'}
          </button>
        </div>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div role="tablist" aria-label="Jenis kontak" className="tabs">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab active' : 'tab'}
            onClick={() => navigate('kontak', t.id)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
            {directory && (
              <span className="tab-count">
                {count(t.id === 'orang' ? directory.people.length : t.id === 'organisasi' ? directory.organisations.length : directory.groups.length)}
              </span>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {!directory ? (
          <p className="muted">Memuat kontak…</p>
        ) : tab === 'orang' ? (
          <PeopleTab directory={directory} />
        ) : tab === 'organisasi' ? (
          <OrganisationsTab directory={directory} />
        ) : (
          <GroupsTab directory={directory} />
        )}
      </div>
      {importing && directory && <ImportDialog directory={directory} onClose={() => setImporting(false)} />}
    </>
  )
}
