import type { LetterDetails } from '../../shared/model'

/** The counters of 2019 just before the scenario: the demo issues 22/KEP on 16 and 296/SKR on 17 Desember 2019. */
export const sampleCounters2019 = { SKR: 295, KEP: 21 } as const

export interface SampleLetter extends LetterDetails {
  code: keyof typeof sampleCounters2019
  seq: number
}

// The last entries of the Buku Agenda Surat Keluar before the scenario; numbers as the counters issued them.
export const sampleLetters: SampleLetter[] = [
  {
    code: 'KEP',
    seq: 20,
    date: '2019-12-04',
    kepada: 'Yang namanya tercantum dalam lampiran',
    perihal: 'Panitia Peringatan Hari Ibu ke-91 Tahun 2019 Tim Penggerak PKK Provinsi Sumatera Barat',
    lampiran: '1 (satu) berkas',
    tembusan: 'Gubernur Sumatera Barat di Padang'
  },
  {
    code: 'SKR',
    seq: 293,
    date: '2019-12-06',
    kepada: 'Pengurus TP PKK Provinsi Sumatera Barat (daftar terlampir)',
    perihal: 'Undangan Rapat Persiapan Peringatan Hari Ibu ke-91 Tahun 2019',
    lampiran: '1 (satu) lembar',
    tembusan: ''
  },
  {
    code: 'KEP',
    seq: 21,
    date: '2019-12-10',
    kepada: 'Yang namanya tercantum dalam lampiran',
    perihal: 'Tim Verifikasi Kabupaten/Kota Calon Peserta Lomba Gerakan PKK Tingkat Nasional Tahun 2020',
    lampiran: '1 (satu) berkas',
    tembusan: 'Gubernur Sumatera Barat di Padang'
  },
  {
    code: 'SKR',
    seq: 294,
    date: '2019-12-11',
    kepada: 'Ketua TP PKK Kabupaten/Kota se-Sumatera Barat',
    perihal: 'Jadwal Verifikasi Calon Peserta Lomba Gerakan PKK Tingkat Nasional Tahun 2020',
    lampiran: '1 (satu) lembar',
    tembusan: 'Bupati/Walikota se-Sumatera Barat'
  },
  {
    code: 'SKR',
    seq: 295,
    date: '2019-12-13',
    kepada: 'Kepala Dinas Kesehatan Provinsi Sumatera Barat',
    perihal: 'Permohonan Narasumber Rapat Konsultasi TP PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
    lampiran: '-',
    tembusan: ''
  }
]
