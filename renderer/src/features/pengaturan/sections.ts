/**
 * The sections of Pengaturan, each reachable by its own link (#/pengaturan/<id>): a link elsewhere in
 * the app ("buat sertifikat di Pengaturan") opens the section it speaks of, not the top of the page.
 */
export const settingsSections = [
  { id: 'kantor', label: 'Data kantor' },
  { id: 'gambar', label: 'Logo, tanda tangan, stempel' },
  { id: 'penandatangan', label: 'Penandatangan' },
  { id: 'tata-naskah', label: 'Tata naskah' },
  { id: 'sertifikat', label: 'Sertifikat tanda tangan digital' },
  { id: 'penomoran', label: 'Penomoran surat' },
  { id: 'dasar-hukum', label: 'Dasar hukum' },
  { id: 'protokoler', label: 'Urutan protokoler' },
  { id: 'cadangan', label: 'Cadangan' },
  { id: 'penyimpanan', label: 'Penyimpanan' },
  { id: 'contoh', label: 'Data contoh' }
] as const
export type SettingsSectionId = (typeof settingsSections)[number]['id']

export const settingsSectionDomId = (id: SettingsSectionId) => `pengaturan-${id}`
export const settingsHref = (id: SettingsSectionId) => `#/pengaturan/${id}`
export const isSettingsSection = (id: string | undefined): id is SettingsSectionId => settingsSections.some((s) => s.id === id)
