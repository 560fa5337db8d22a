import type { TableName } from './format'

export const tableLabel: Record<TableName, string> = {
  profile: 'Data kantor',
  settings: 'Pengaturan penomoran',
  organisations: 'Organisasi',
  people: 'Orang',
  groups: 'Kelompok',
  letterCodes: 'Kode surat',
  counters: 'Penghitung nomor',
  letters: 'Surat keluar',
  meetings: 'Rapat',
  invitees: 'Undangan rapat (penerima)',
  documents: 'Dokumen rapat',
  roles: 'Panitia, narasumber, moderator',
  legalBases: 'Dasar hukum (Mengingat)',
  attendance: 'Kehadiran',
  minutes: 'Notulen',
  actionItems: 'Tindak lanjut',
  certificates: 'Sertifikat tanda tangan'
}
