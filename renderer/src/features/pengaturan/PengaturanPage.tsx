import { useProfile } from '../../data/hooks'
import { ImageSlots } from './ImageSlots'
import { ProfileForm } from './ProfileForm'
import { SignersPanel } from './SignersPanel'
import { SamplePanel } from './SamplePanel'
import { StoragePanel } from './StoragePanel'
import { BackupPanel } from './BackupPanel'
import { NumberingPanel } from '../agenda/NumberingPanel'
import { LegalBasesPanel } from './LegalBasesPanel'
import { CertificatePanel } from './CertificatePanel'

export function PengaturanPage() {
  const profile = useProfile()
  if (profile === undefined) return <p className="muted">Memuat…</p>
  return (
    <>
      <h1>Pengaturan</h1>
      <ProfileForm profile={profile} />
      <ImageSlots profile={profile} />
      <SignersPanel profile={profile} />
      <CertificatePanel profile={profile} />
      <NumberingPanel />
      <LegalBasesPanel />
      <BackupPanel />
      <StoragePanel />
      <SamplePanel />
    </>
  )
}
