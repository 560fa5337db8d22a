import type { KeputusanData, LampiranMember } from '../../../shared/documents'
import { sumbar } from './support'

export const RAKON_TITLE = 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
export const RAKON_SUBJECT = `PANITIA PELAKSANA, NARASUMBER DAN MODERATOR ${RAKON_TITLE.toUpperCase()}`

const committeeTitles = ['Penanggung Jawab', 'Ketua', 'Wakil Ketua', 'Sekretaris', 'Bendahara']

/** "Ny. Hj. Panitia 07, S.E": short enough for one line of the Nama column, unique. */
export const memberName = (i: number) => `Ny. Hj. Panitia ${String(i + 1).padStart(2, '0')}, S.E`

/** A committee of `size`: the five officers, then Anggota; positions long enough to wrap in their cells. */
export function committee(size: number): LampiranMember[] {
  return Array.from({ length: size }, (_, i) => ({
    name: memberName(i),
    role: committeeTitles[i] ?? 'Anggota',
    position:
      i % 3 === 0
        ? 'Kepala Bidang Kualitas Hidup Perempuan dan Kualitas Keluarga Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Sumatera Barat'
        : 'Pengurus Tim Penggerak PKK Provinsi Sumatera Barat'
  }))
}

/** Keputusan 22/KEP/PKK-PROP/XII/2019 of 16 December 2019 (seed 002), with a committee of `members`. */
export function rakonKeputusan(members = 12): KeputusanData {
  return {
    office: sumbar,
    kop: true,
    issuer: 'KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
    number: '22/KEP/PKK-PROP/XII/2019',
    dateIso: '2019-12-16',
    subject: RAKON_SUBJECT,
    menimbang: [
      `bahwa dalam rangka pelaksanaan program kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019, perlu diselenggarakan ${RAKON_TITLE};`,
      'bahwa untuk kelancaran penyelenggaraan kegiatan sebagaimana dimaksud pada huruf a, perlu dibentuk Panitia Pelaksana serta ditunjuk Narasumber dan Moderator yang mempunyai tugas dan tanggung jawab masing-masing;',
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a dan huruf b, perlu menetapkan Keputusan Ketua Tim Penggerak PKK Provinsi Sumatera Barat tentang Panitia Pelaksana, Narasumber dan Moderator ${RAKON_TITLE};`
    ],
    mengingat: [
      'Peraturan Presiden Republik Indonesia Nomor 99 Tahun 2017 tentang Gerakan Pemberdayaan dan Kesejahteraan Keluarga;',
      'Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 1 Tahun 2013 tentang Pemberdayaan Masyarakat melalui Gerakan Pemberdayaan dan Kesejahteraan Keluarga;',
      'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019;'
    ],
    articles: [
      `Membentuk Panitia Pelaksana serta menunjuk Narasumber dan Moderator ${RAKON_TITLE} dengan susunan sebagaimana tercantum dalam Lampiran Keputusan ini.`,
      `Panitia Pelaksana mempunyai tugas mempersiapkan, melaksanakan dan mengevaluasi penyelenggaraan ${RAKON_TITLE}, serta melaporkan hasilnya kepada Ketua Tim Penggerak PKK Provinsi Sumatera Barat.`,
      'Narasumber bertugas menyampaikan materi sesuai dengan topik yang ditetapkan, sedangkan moderator bertugas memandu penyampaian materi serta diskusi dan tanya jawab.',
      'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada anggaran Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019.',
      'Keputusan ini mulai berlaku sejak tanggal ditetapkan.'
    ],
    place: 'Padang',
    signer: { title: 'KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT', name: 'Ny. Hj. Nevi Irwan Prayitno' },
    lampiran: {
      title: `SUSUNAN ${RAKON_SUBJECT}`,
      groups: [
        { heading: 'Panitia Pelaksana', roleColumn: 'Jabatan dalam Panitia', members: committee(members) },
        {
          heading: 'Narasumber',
          roleColumn: 'Materi',
          members: [
            { name: 'dr. Hj. Elvi Suryani, M.Kes', role: 'Sinergi Program Kesehatan Keluarga dengan Pokja IV PKK', position: 'Kepala Dinas Kesehatan Provinsi Sumatera Barat' },
            { name: 'Drs. Syafruddin Nawawi, M.Si', role: 'Dukungan Pemberdayaan Masyarakat dan Desa bagi Gerakan PKK', position: 'Kepala Dinas Pemberdayaan Masyarakat dan Desa Provinsi Sumatera Barat' }
          ]
        },
        { heading: 'Moderator', members: [{ name: 'Dra. Hj. Asmiati Rasyid, M.Pd', position: 'Ketua Pokja I Tim Penggerak PKK Provinsi Sumatera Barat' }] }
      ]
    }
  }
}
