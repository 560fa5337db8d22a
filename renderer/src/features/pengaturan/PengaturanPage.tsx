import { useEffect, type ReactNode } from 'react'
import { useProfile } from '../../data/hooks'
import { getSession } from '../../data/session'
import { useRoute } from '../../app/router'
import { ImageSlots } from './ImageSlots'
import { ProfileForm } from './ProfileForm'
import { SignersPanel } from './SignersPanel'
import { SamplePanel } from './SamplePanel'
import { StoragePanel } from './StoragePanel'
import { BackupPanel } from './BackupPanel'
import { NumberingPanel } from '../agenda/NumberingPanel'
import { LegalBasesPanel } from './LegalBasesPanel'
import { CertificatePanel } from './CertificatePanel'
import { ProtocolRanksPanel } from './ProtocolRanksPanel'
import { isSettingsSection, settingsHref, settingsSectionDomId, settingsSections, type SettingsSectionId } from './sections'
import { TataNaskahPanel } from './TataNaskahPanel'

export function PengaturanPage() {
  const profile = useProfile()
  const route = useRoute()
  const wanted = route.params[0]
  const loaded = profile !== undefined
  // #/pengaturan/<bagian>: the section itself is shown at the top and its heading takes the focus.
  useEffect(() => {
    if (!loaded || !isSettingsSection(wanted)) return
    const el = document.getElementById(settingsSectionDomId(wanted))
    if (!el) return
    el.scrollIntoView({ block: 'start' })
    const heading = el.querySelector<HTMLElement>('h2')
    if (heading) {
      heading.tabIndex = -1
      heading.focus({ preventScroll: true })
    }
  }, [loaded, wanted])
  if (profile === undefined) return <p className="muted">Memuat…</p>
  const section = (id: SettingsSectionId, body: ReactNode) => (
    <div id={settingsSectionDomId(id)} className="settings-section" key={id}>
      {body}
    </div>
  )
  return (
    <>
      <h1>Pengaturan</h1>
      <nav className="settings-nav" aria-label="Bagian pengaturan">
        {settingsSections.map((s) => (
          <a key={s.id} href={settingsHref(s.id)} aria-current={wanted === s.id ? 'location' : undefined}>
            {s.label}
          </a>
        ))}
      </nav>
      {section('kantor', <ProfileForm profile={profile} />)}
      {section('gambar', <ImageSlots profile={profile} />)}
      {section('penandatangan', <SignersPanel profile={profile} />)}
      {section('tata-naskah', <TataNaskahPanel profile={profile} />)}
      {section('sertifikat', <CertificatePanel profile={profile} />)}
      {section('penomoran', <NumberingPanel />)}
      {section('dasar-hukum', <LegalBasesPanel />)}
      {section('protokoler', <ProtocolRanksPanel profile={profile} />)}
      {section('cadangan', getSession().mode === 'practice' ? <PracticeBackupNote /> : <BackupPanel />)}
      {section('penyimpanan', <StoragePanel />)}
      {section('contoh', <SamplePanel />)}
    </>
  )
}

/** Practice data is not backed up, and the office's backups are not shown to be restored into it. */
function PracticeBackupNote() {
  return (
    <section className="panel" aria-label="Cadangan data">
      <h2>Cadangan data</h2>
      <p>Dalam mode latihan tidak ada cadangan: data contoh tidak dicadangkan, dan cadangan data kantor tidak dibuka atau diubah.</p>
    </section>
  )
}
