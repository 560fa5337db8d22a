import type { OrganisationKind } from '../../shared/model'

/** The sample's contact groups; `key` is what organisations and people refer to. */
export const sampleGroups = [
  { key: 'pengurus', name: 'Pengurus TP PKK Provinsi', description: 'Ketua dan seluruh pengurus TP PKK Provinsi Sumatera Barat' },
  { key: 'opd', name: 'OPD Terkait', description: 'Kepala/utusan OPD terkait di lingkungan Pemerintah Provinsi Sumatera Barat' },
  {
    key: 'kabkota',
    name: 'TP PKK Kabupaten/Kota',
    description: 'TP PKK Kabupaten/Kota yang diajukan pada Lomba Gerakan PKK Tingkat Nasional Tahun 2020'
  }
] as const
export type SampleGroupKey = (typeof sampleGroups)[number]['key']

export interface SampleOrganisation {
  key: string
  name: string
  kind: OrganisationKind
  headTitle: string
  address: string
  phone: string
  email: string
  group: SampleGroupKey
}

const prov = 'Provinsi Sumatera Barat'

/** An OPD of the province: its name, the head's title as written on an invitation, and where it sits. */
function opd(key: string, unit: string, head: string, address: string, phone: string, email: string): SampleOrganisation {
  return { key, name: `${unit} ${prov}`, kind: 'opd', headTitle: `${head} ${prov}`, address, phone, email, group: 'opd' }
}

function pkk(key: string, region: string, address: string, phone: string, email: string): SampleOrganisation {
  return { key, name: `TP PKK ${region}`, kind: 'pkk', headTitle: `Ketua TP PKK ${region}`, address, phone, email, group: 'kabkota' }
}

export const sampleOrganisations: SampleOrganisation[] = [
  {
    key: 'tppkk-prov',
    name: `TP PKK ${prov}`,
    kind: 'pkk',
    headTitle: `Ketua TP PKK ${prov}`,
    address: 'Jalan Rasuna Said No. 76 Padang',
    phone: '(0751) 31614',
    email: 'tppkk.sumbar@gmail.com',
    group: 'pengurus'
  },
  // OPD terkait (the seed article's wording: "Kepala/Utusan OPD terkait di Lingkungan Pemerintahan Provinsi Sumatera Barat")
  opd('dinkes', 'Dinas Kesehatan', 'Kepala Dinas Kesehatan', 'Jalan Perintis Kemerdekaan No. 65 Padang', '(0751) 21023', 'dinkes@sumbarprov.go.id'),
  opd('disdik', 'Dinas Pendidikan', 'Kepala Dinas Pendidikan', 'Jalan Sudirman No. 52 Padang', '(0751) 26262', 'disdik@sumbarprov.go.id'),
  opd(
    'bappeda',
    'Badan Perencanaan Pembangunan Daerah',
    'Kepala Badan Perencanaan Pembangunan Daerah',
    'Jalan Khatib Sulaiman No. 1 Padang',
    '(0751) 7055191',
    'bappeda@sumbarprov.go.id'
  ),
  opd(
    'dp3ap2kb',
    'Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    'Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    'Jalan Rasuna Said No. 74 Padang',
    '(0751) 7051203',
    'dp3ap2kb@sumbarprov.go.id'
  ),
  opd('dinsos', 'Dinas Sosial', 'Kepala Dinas Sosial', 'Jalan Khatib Sulaiman No. 7 Padang', '(0751) 7051566', 'dinsos@sumbarprov.go.id'),
  opd(
    'diskominfo',
    'Dinas Komunikasi dan Informatika',
    'Kepala Dinas Komunikasi dan Informatika',
    'Jalan Jenderal Sudirman No. 51 Padang',
    '(0751) 31850',
    'diskominfo@sumbarprov.go.id'
  ),
  opd(
    'dpmd',
    'Dinas Pemberdayaan Masyarakat dan Desa',
    'Kepala Dinas Pemberdayaan Masyarakat dan Desa',
    'Jalan Pramuka No. 4 Padang',
    '(0751) 7052390',
    'dpmd@sumbarprov.go.id'
  ),
  opd(
    'disdukcapil',
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    'Jalan Khatib Sulaiman No. 53 Padang',
    '(0751) 7055726',
    'disdukcapil@sumbarprov.go.id'
  ),
  opd('dinaspangan', 'Dinas Pangan', 'Kepala Dinas Pangan', 'Jalan Jenderal Sudirman No. 13 Padang', '(0751) 7051480', 'dinaspangan@sumbarprov.go.id'),
  opd(
    'distanhorbun',
    'Dinas Tanaman Pangan, Hortikultura dan Perkebunan',
    'Kepala Dinas Tanaman Pangan, Hortikultura dan Perkebunan',
    'Jalan Rasuna Said No. 68 Padang',
    '(0751) 7053645',
    'distanhorbun@sumbarprov.go.id'
  ),
  opd(
    'disperindag',
    'Dinas Perindustrian dan Perdagangan',
    'Kepala Dinas Perindustrian dan Perdagangan',
    'Jalan Khatib Sulaiman No. 11 Padang',
    '(0751) 7055464',
    'disperindag@sumbarprov.go.id'
  ),
  opd(
    'diskop',
    'Dinas Koperasi dan Usaha Kecil Menengah',
    'Kepala Dinas Koperasi dan Usaha Kecil Menengah',
    'Jalan Khatib Sulaiman No. 11 Padang',
    '(0751) 7055213',
    'diskopukm@sumbarprov.go.id'
  ),
  opd('dlh', 'Dinas Lingkungan Hidup', 'Kepala Dinas Lingkungan Hidup', 'Jalan Khatib Sulaiman No. 22 Padang', '(0751) 7057041', 'dlh@sumbarprov.go.id'),
  opd(
    'perkim',
    'Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan',
    'Kepala Dinas Perumahan Rakyat, Kawasan Permukiman dan Pertanahan',
    'Jalan Taman Siswa No. 1 Padang',
    '(0751) 7055360',
    'prkpp@sumbarprov.go.id'
  ),
  opd(
    'biro-kesra',
    'Biro Bina Mental dan Kesejahteraan Rakyat Sekretariat Daerah',
    'Kepala Biro Bina Mental dan Kesejahteraan Rakyat Sekretariat Daerah',
    'Jalan Jenderal Sudirman No. 51 Padang',
    '(0751) 31401',
    'birokesra@sumbarprov.go.id'
  ),
  opd(
    'biro-pem',
    'Biro Pemerintahan Sekretariat Daerah',
    'Kepala Biro Pemerintahan Sekretariat Daerah',
    'Jalan Jenderal Sudirman No. 51 Padang',
    '(0751) 31402',
    'biropem@sumbarprov.go.id'
  ),
  opd(
    'bkkbn',
    'Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional',
    'Kepala Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional',
    'Jalan Khatib Sulaiman No. 25 Padang',
    '(0751) 7053071',
    'sumbar@bkkbn.go.id'
  ),
  {
    key: 'kemenag',
    name: `Kantor Wilayah Kementerian Agama ${prov}`,
    kind: 'opd',
    headTitle: `Kepala Kantor Wilayah Kementerian Agama ${prov}`,
    address: 'Jalan Kuini No. 79B Padang',
    phone: '(0751) 20774',
    email: 'sumbar@kemenag.go.id',
    group: 'opd'
  },
  opd('dispar', 'Dinas Pariwisata', 'Kepala Dinas Pariwisata', 'Jalan Khatib Sulaiman No. 7 Padang', '(0751) 7055183', 'disparprov@sumbarprov.go.id'),
  opd(
    'dkp',
    'Dinas Kelautan dan Perikanan',
    'Kepala Dinas Kelautan dan Perikanan',
    'Jalan Koto Tingga No. 40 Padang',
    '(0751) 7052331',
    'dkp@sumbarprov.go.id'
  ),
  // TP PKK Kabupaten/Kota proposed for the Lomba Gerakan PKK Tingkat Nasional 2020
  pkk('padang', 'Kota Padang', 'Jalan Bagindo Aziz Chan No. 1 Aie Pacah, Padang', '(0751) 4640800', 'tppkk.kotapadang@gmail.com'),
  pkk('padangpariaman', 'Kabupaten Padang Pariaman', 'Jalan Raya Padang-Bukittinggi Km. 42 Parit Malintang', '(0751) 4841227', 'pkk.padangpariaman@gmail.com'),
  pkk('bukittinggi', 'Kota Bukittinggi', 'Jalan Sudirman No. 27 Bukittinggi', '(0752) 21013', 'tppkk.bukittinggi@gmail.com'),
  pkk('agam', 'Kabupaten Agam', 'Jalan Sudirman No. 1 Lubuk Basung', '(0752) 76163', 'tppkk.agam@gmail.com'),
  pkk('tanahdatar', 'Kabupaten Tanah Datar', 'Jalan Sultan Alam Bagagarsyah, Pagaruyung, Batusangkar', '(0752) 71023', 'pkk.tanahdatar@gmail.com'),
  pkk('payakumbuh', 'Kota Payakumbuh', 'Jalan Veteran No. 70 Payakumbuh', '(0752) 92120', 'tppkk.payakumbuh@gmail.com')
]
