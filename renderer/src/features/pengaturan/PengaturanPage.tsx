import { useProfile } from '../../data/hooks'
import { getSession } from '../../data/session'
import { ImageSlots } from './ImageSlots'
import { ProfileForm } from './ProfileForm'
import { SignersPanel } from './SignersPanel'
import { SamplePanel } from './SamplePanel'
import { StoragePanel } from './StoragePanel'
import { BackupPanel } from './BackupPanel'
import { NumberingPanel } from '../agenda/NumberingPanel'
import { LegalBasesPanel } from './LegalBasesPanel'
import { CertificatePanel } from './CertificatePanel'
import { TataNaskahPanel } from './TataNaskahPanel'

export function PengaturanPage() {
  const profile = useProfile()
  if (profile === undefined) return <p className="muted">Memuat…</p>
  return (
    <>
      <h1>Pengaturan</h1>
      <ProfileForm profile={profile} />
      <ImageSlots profile={profile} />
      <SignersPanel profile={profile} />
      <TataNaskahPanel profile={profile} />
      <CertificatePanel profile={profile} />
      <NumberingPanel />
      <LegalBasesPanel />
      {getSession().mode === 'practice' ? <PracticeBackupNote /> : <BackupPanel />}
      <StoragePanel />
      <SamplePanel />
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
