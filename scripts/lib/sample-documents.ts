import type { Letter } from '../../shared/model/letters'
import type { OfficeProfile } from '../../shared/model/office'
import { DEFAULT_CLOSING, type Invitee, type UndanganData } from '../../shared/documents'
import { sampleLogo, sampleSignature, sampleStamp } from './sample-images'

/** The Rapat Konsultasi of 20 December 2019 (seed 002), as data for the look script. */

export const sampleOffice: OfficeProfile = {
  id: 'office',
  level: 'provinsi',
  regionName: 'Sumatera Barat',
  officeName: 'Tim Penggerak PKK Provinsi Sumatera Barat',
  address: 'Jalan Rasuna Said No. 76 Padang',
  phone: '(0751) 7051234',
  email: 'tppkk@sumbarprov.go.id',
  website: 'pkk.sumbarprov.go.id',
  ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
  ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
  sekretarisName: 'Dra. Hj. Rosnida',
  placeName: 'Padang',
  officeCode: 'PKK-PROP',
  paper: 'F4',
  timeZone: 'WIB',
  logo: { mime: 'image/png', data: sampleLogo(), name: 'logo.png' },
  updatedAt: '2019-12-01T00:00:00.000Z'
}

const opd = [
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Dinas Sosial',
  'Dinas Pemberdayaan Masyarakat dan Desa',
  'Dinas Pemberdayaan Perempuan dan Perlindungan Anak',
  'Dinas Pangan',
  'Dinas Pertanian Tanaman Pangan dan Hortikultura',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Dinas Koperasi dan UKM',
  'Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan',
  'Dinas Lingkungan Hidup',
  'Badan Perencanaan Pembangunan Daerah',
  'Biro Kesejahteraan Rakyat Setda',
  'Dinas Perindustrian dan Perdagangan',
  'Dinas Kelautan dan Perikanan'
]

/** 65 participants as in the seed article: OPD heads, the TP PKK board, kabupaten/kota delegations. */
export function sampleInvitees(): Invitee[] {
  const list: Invitee[] = opd.map((o) => ({ name: '', position: `Kepala ${o}`, organisation: `${o} Provinsi Sumatera Barat` }))
  const board = ['Wakil Ketua I', 'Wakil Ketua II', 'Wakil Ketua III', 'Wakil Ketua IV', 'Sekretaris', 'Bendahara', 'Ketua Pokja I', 'Ketua Pokja II', 'Ketua Pokja III', 'Ketua Pokja IV']
  for (const b of board) list.push({ name: '', position: b, organisation: 'TP PKK Provinsi Sumatera Barat' })
  const regions = ['Kota Padang', 'Kabupaten Agam', 'Kabupaten Tanah Datar', 'Kota Bukittinggi', 'Kabupaten Pesisir Selatan', 'Kota Payakumbuh', 'Kabupaten Solok', 'Kota Sawahlunto', 'Kabupaten Padang Pariaman', 'Kota Pariaman']
  let n = 0
  while (list.length < 65) {
    const r = regions[n % regions.length] ?? ''
    list.push({ name: `Ny. Peserta ${n + 1}`, position: n % 4 === 0 ? 'Ketua TP PKK' : 'Pengurus TP PKK', organisation: `TP PKK ${r}` })
    n++
  }
  return list
}

export function sampleUndangan(withInk = false): UndanganData {
  return {
    office: sampleOffice,
    number: '296/SKR/PKK-PROP/XII/2019',
    dateIso: '2019-12-17',
    placeName: 'Padang',
    sifat: 'Penting',
    lampiran: '1 (satu) lembar',
    hal: 'Undangan Rapat Konsultasi TP PKK Provinsi Sumatera Barat dengan OPD Terkait',
    addressee: ['Bapak/Ibu Kepala Dinas Kesehatan', 'Provinsi Sumatera Barat'],
    opening:
      'Dengan hormat, dalam rangka meningkatkan koordinasi dan sinergi pelaksanaan 10 Program Pokok PKK antara Tim Penggerak PKK Provinsi Sumatera Barat dengan Organisasi Perangkat Daerah (OPD) terkait, serta persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020, bersama ini kami mengundang Bapak/Ibu untuk hadir pada:',
    meeting: {
      dates: ['2019-12-20'],
      timeStart: '09:00',
      zone: 'WIB',
      place: 'Aula Kantor TP PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang',
      acara: [
        'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
        'Sinkronisasi kegiatan TP PKK dengan program OPD dalam persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020'
      ]
    },
    closing: DEFAULT_CLOSING,
    signer: {
      title: 'Ketua TP PKK Provinsi Sumatera Barat',
      name: 'Ny. Hj. Nevi Irwan Prayitno',
      signatureImage: withInk ? { mime: 'image/png', data: sampleSignature() } : undefined,
      stampImage: withInk ? { mime: 'image/png', data: sampleStamp() } : undefined
    },
    tembusan: ['Yth. Gubernur Sumatera Barat (sebagai laporan)', 'Yth. Sekretaris Daerah Provinsi Sumatera Barat', 'Arsip']
  }
}

/** 120 outgoing letters of 2019 with both counters (KEP and SKR), a few cancelled. */
export function sampleLetters(count = 120): Letter[] {
  const out: Letter[] = []
  const seq: Record<string, number> = { KEP: 0, SKR: 0 }
  for (let i = 0; i < count; i++) {
    const code = i % 6 === 0 ? 'KEP' : 'SKR'
    seq[code] = (seq[code] ?? 0) + 1
    // Spread over the year in number order: letter i on day-of-year 1 + i * 360 / count.
    const when = new Date(Date.UTC(2019, 0, 1 + Math.floor((i * 360) / count)))
    const month = when.getUTCMonth() + 1
    const date = when.toISOString().slice(0, 10)
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][month - 1] ?? 'I'
    const cancelled = i % 17 === 5
    out.push({
      id: `l${i}`,
      code,
      counterKey: code,
      year: 2019,
      seq: seq[code] ?? 1,
      insert: 0,
      number: `${seq[code]}/${code}/PKK-PROP/${roman}/2019`,
      status: cancelled ? 'batal' : 'aktif',
      cancelReason: cancelled ? 'Salah alamat, diganti surat berikutnya' : '',
      source: 'app',
      documentKind: code === 'KEP' ? 'keputusan' : 'undangan',
      date,
      kepada: code === 'KEP' ? 'Panitia Pelaksana' : `Kepala ${opd[i % opd.length] ?? ''} Provinsi Sumatera Barat`,
      perihal: code === 'KEP' ? 'Panitia Pelaksana, Narasumber dan Moderator Rapat Konsultasi' : i % 3 === 0 ? 'Undangan Rapat Konsultasi dengan OPD Terkait' : 'Permohonan data kegiatan 10 Program Pokok PKK',
      lampiran: i % 4 === 0 ? '1 berkas' : '',
      tembusan: i % 5 === 0 ? 'Gubernur Sumatera Barat' : '',
      createdAt: `${date}T08:00:00.000Z`,
      updatedAt: `${date}T08:00:00.000Z`
    })
  }
  return out
}
