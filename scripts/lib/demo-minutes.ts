import { textToRich } from '../../shared/meetings'
import type { Meeting } from '../../shared/model'
import type { PkkDatabase } from '../../renderer/src/data/db'
import { addActionItem, saveMinutes } from '../../renderer/src/data/minutes-repo'
import { setProfileImage } from '../../renderer/src/data/profile-repo'
import { sampleSignature, sampleStamp } from './sample-images'

/** The conclusion of the Rapat Konsultasi as the seed article (002) reports it, word for word but for spacing. */
export const RAKON_CONCLUSION =
  'Untuk meningkatkan koordinasi dan kerja sama antara Tim Penggerak PKK Provinsi Sumatera Barat dengan Mitra Kerja/OPD terkait dalam pelaksanaan program/kegiatan yang dapat disinergikan, maka perlu dilakukan rapat konsultasi ini secara berkala di awal tahun anggaran dan di akhir tahun anggaran untuk persiapan kegiatan tahun berikutnya.'

const ORGS = {
  pkk: 'TP PKK Provinsi Sumatera Barat',
  bappeda: 'Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat',
  dinkes: 'Dinas Kesehatan Provinsi Sumatera Barat',
  dpmd: 'Dinas Pemberdayaan Masyarakat dan Desa Provinsi Sumatera Barat'
} as const

/**
 * The minutes of the Rapat Konsultasi of 20 December 2019 written through the app's data layer, as the
 * editor stores them (its text convention parsed into structured rich text), with follow-ups per OPD.
 * The sambutan and the conclusion follow seed 002; the rest is what such a meeting records.
 */
export async function addRakonMinutes(db: PkkDatabase, meeting: Meeting, at: (iso: string) => Date): Promise<void> {
  // The Kesimpulan carries the Ketua's signature and the office stamp; the sample office has neither, so it gets drawn ones.
  if (!(await db.profile.get('office'))?.ketuaSignature) await setProfileImage(db, 'ketuaSignature', { mime: 'image/png', data: sampleSignature(), name: 'ttd-ketua.png' })
  if (!(await db.profile.get('office'))?.stamp) await setProfileImage(db, 'stamp', { mime: 'image/png', data: sampleStamp(), name: 'cap-kantor.png' })
  const profile = await db.profile.get('office')
  await saveMinutes(
    db,
    {
      meetingId: meeting.id,
      pimpinan: profile?.ketuaName ?? 'Ny. Hj. Nevi Irwan Prayitno',
      pimpinanTitle: profile?.ketuaTitle ?? 'Ketua TP PKK Provinsi Sumatera Barat',
      notulis: profile?.sekretarisName ?? '',
      notulisTitle: 'Sekretaris TP PKK Provinsi Sumatera Barat',
      pembukaan: textToRich(
        [
          'Rapat dibuka pukul 09.00 WIB oleh pembawa acara dan diawali dengan pembacaan doa.',
          'Rapat dilaksanakan berdasarkan:',
          '1. Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019;',
          '2. Keputusan Ketua Tim Penggerak PKK Provinsi Sumatera Barat Nomor 22/KEP/PKK-PROP/XII/2019 tanggal 16 Desember 2019;',
          '3. Surat Ketua Tim Penggerak PKK Provinsi Sumatera Barat Nomor 296/SKR/PKK-PROP/XII/2019 tanggal 17 Desember 2019 tentang Undangan Rakon dengan OPD terkait.'
        ].join('\n')
      ),
      sambutan: [
        {
          who: 'Ny. Hj. Nevi Irwan Prayitno, Ketua TP PKK Provinsi Sumatera Barat',
          summary: textToRich(
            'Ketua TP PKK mengucapkan **terima kasih** atas bantuan dan kerja sama yang baik selama Tahun 2019 antara Tim Penggerak PKK dengan semua OPD terkait di lingkungan Pemerintah Provinsi Sumatera Barat. ' +
              'Dengan harapan, di Tahun 2020 kerja sama dapat dilanjutkan serta lebih ditingkatkan dengan *inovasi baru* yang berguna dalam mencapai tujuan pembangunan masyarakat Sumatera Barat yang maju dan sejahtera.'
          )
        }
      ],
      paparan: textToRich(
        [
          'Narasumber dari OPD terkait memaparkan program tahun 2020 yang dapat disinergikan dengan 10 Program Pokok PKK:',
          '- **Bappeda**: sinkronisasi perencanaan pembangunan daerah dengan program pokok PKK;',
          '- **Dinas Kesehatan**: kesehatan keluarga bersama Pokja IV;',
          '- **Dinas Pemberdayaan Masyarakat dan Desa**: pendampingan desa dan kelurahan peserta Lomba Gerakan PKK Tingkat Nasional Tahun 2020.'
        ].join('\n')
      ),
      diskusi: textToRich(
        [
          'Perwakilan TP PKK Kabupaten/Kota menanyakan dukungan OPD dalam persiapan *Lomba Gerakan PKK Tingkat Nasional Tahun 2020*.',
          'Narasumber menjelaskan bahwa dukungan diberikan melalui kegiatan OPD masing-masing yang sejalan dengan program pokok PKK, dan data pendukung disampaikan kepada Sekretariat TP PKK Provinsi.'
        ].join('\n\n')
      ),
      kesimpulan: [
        RAKON_CONCLUSION,
        'Tim Penggerak PKK dan OPD terkait menyamakan persepsi pelaksanaan pembinaan 10 Program Pokok PKK dan bekerja sama dalam persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020.'
      ],
      tindakLanjut: textToRich('Tindak lanjut dicatat per OPD sebagai berikut:'),
      penutup: textToRich('Rapat ditutup pukul 12.30 WIB dengan ucapan terima kasih dari Ketua TP PKK Provinsi Sumatera Barat kepada seluruh peserta.'),
      useSignatureImage: true,
      useStamp: true
    },
    at('2019-12-20')
  )
  const orgId = async (name: string) => (await db.organisations.where('name').equals(name).first())?.id
  const items: [what: string, org: string, due: string, done: boolean][] = [
    ['Menjadwalkan rapat konsultasi awal tahun anggaran 2020 dengan OPD terkait', ORGS.pkk, '2020-02-28', false],
    ['Menyampaikan program/kegiatan 2020 yang dapat disinergikan dengan 10 Program Pokok PKK', ORGS.bappeda, '2020-01-31', false],
    ['Menyiapkan data kesehatan keluarga dan pendampingan Pokja IV untuk Lomba Gerakan PKK 2020', ORGS.dinkes, '2020-03-31', false],
    ['Menetapkan desa/kelurahan yang didampingi untuk Lomba Gerakan PKK 2020', ORGS.dpmd, '2020-01-15', true]
  ]
  for (const [i, [what, org, due, done]] of items.entries()) {
    const organisationId = await orgId(org)
    // One minute apart, so the documents list them in the order they were written down.
    await addActionItem(db, meeting.id, { what, ...(organisationId ? { organisationId } : {}), ownerText: organisationId ? '' : org, due, status: done ? 'selesai' : 'terbuka' }, new Date(at('2019-12-20').getTime() + i * 60_000))
  }
}
