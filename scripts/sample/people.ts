import type { SampleGroupKey } from './organisations'

export interface SamplePerson {
  /** Key of the organisation in organisations.ts. */
  org: string
  position: string
  /** Written as the office writes it: titles, hajj and degrees included. */
  name: string
  group: SampleGroupKey
}

type Row = readonly [org: string, position: string, name: string]

const rows = (group: SampleGroupKey, list: readonly Row[]): SamplePerson[] => list.map(([org, position, name]) => ({ org, position, name, group }))

// The Ketua is the real one named in seed 002; every other name is invented.
export const KETUA_NAME = 'Ny. Hj. Nevi Irwan Prayitno'
export const SEKRETARIS_NAME = 'Ny. Hj. Darmawati Syahrial, S.H, M.M'

/** Ketua dan seluruh pengurus TP PKK Provinsi Sumatera Barat. */
const pengurus = rows('pengurus', [
  ['tppkk-prov', 'Ketua', KETUA_NAME],
  ['tppkk-prov', 'Wakil Ketua I', 'Ny. Hj. Yusnidar Nasrullah'],
  ['tppkk-prov', 'Wakil Ketua II', 'Ny. Hj. Desi Alwis Syafri, S.E'],
  ['tppkk-prov', 'Wakil Ketua III', 'Ny. Hj. Rahmi Elfian Tanjung, S.Pd'],
  ['tppkk-prov', 'Wakil Ketua IV', 'Ny. Hj. Zuraida Hamdani, M.Pd'],
  ['tppkk-prov', 'Sekretaris', SEKRETARIS_NAME],
  ['tppkk-prov', 'Wakil Sekretaris', "Ny. Elly Ma'ruf Azwar, S.Sos"],
  ['tppkk-prov', 'Bendahara', 'Ny. Hj. Nurhayati Zainal, S.E'],
  ['tppkk-prov', 'Wakil Bendahara', 'Ny. Fitri Yandri Chaniago'],
  ['tppkk-prov', 'Ketua Pokja I', 'Dra. Hj. Asmiati Rasyid, M.Pd'],
  ['tppkk-prov', 'Ketua Pokja II', 'Ny. Hj. Syafrida Anwar, S.Ag'],
  ['tppkk-prov', 'Ketua Pokja III', 'Ir. Hj. Lismawarni Yunus, M.Si'],
  ['tppkk-prov', 'Ketua Pokja IV', 'dr. Hj. Rosnelly Amran, M.Kes'],
  ['tppkk-prov', 'Sekretaris Pokja I', 'Ny. Yulia Rahman, S.Pd'],
  ['tppkk-prov', 'Sekretaris Pokja II', 'Ny. Mardiana Sutan Basa'],
  ['tppkk-prov', 'Sekretaris Pokja III', 'Ny. Hj. Emi Suryani, S.P'],
  ['tppkk-prov', 'Sekretaris Pokja IV', 'Ny. Netty Herawati, S.KM'],
  ['tppkk-prov', 'Anggota Pokja I', 'Ny. Hj. Zulfiyeni Amir, S.Pd'],
  ['tppkk-prov', 'Anggota Pokja I', 'Ny. Ratna Dewi Sikumbang'],
  ['tppkk-prov', 'Anggota Pokja II', "Ny. Hj. Nurlela Ja'far, S.Ag"],
  ['tppkk-prov', 'Anggota Pokja II', 'Ny. Erniwati Piliang, S.Pd'],
  ['tppkk-prov', 'Anggota Pokja III', 'Ny. Yessi Marlina, S.P'],
  ['tppkk-prov', 'Anggota Pokja III', 'Ny. Hj. Gusnawati Tanjung'],
  ['tppkk-prov', 'Anggota Pokja III', 'Ny. Desmawati Koto, S.E'],
  ['tppkk-prov', 'Anggota Pokja IV', 'Ny. Afrida Yanti, S.KM'],
  ['tppkk-prov', 'Anggota Pokja IV', 'Ny. Hj. Rina Oktavia, S.Farm, Apt'],
  ['tppkk-prov', 'Anggota Pokja IV', 'Ny. Suryati Jamal, A.Md.Keb']
])

/** Kepala/utusan OPD terkait: the head where the head came, otherwise the Sekretaris Dinas or a Kepala Bidang. */
const opd = rows('opd', [
  ['dinkes', 'Kepala Dinas', 'dr. Hj. Elvi Suryani, M.Kes'],
  ['dinkes', 'Kepala Bidang Kesehatan Masyarakat', 'Ns. Yuliarni Syafrita, S.Kep, M.Kes'],
  ['disdik', 'Sekretaris Dinas', 'Drs. H. Zulkifli Datuak Rajo Lelo, M.Si'],
  ['disdik', 'Kepala Bidang Pembinaan Pendidikan Khusus', 'Yusmarni, S.Pd, M.Pd'],
  ['bappeda', 'Kepala Badan', 'Dr. Ir. H. Afrizal Syamsuddin, M.Si'],
  ['bappeda', 'Kepala Bidang Pemerintahan dan Pembangunan Manusia', 'Novia Hasanah, S.E, M.E'],
  ['dp3ap2kb', 'Kepala Dinas', 'Dra. Hj. Rosmiati Kahar, M.M'],
  ['dp3ap2kb', 'Kepala Bidang Kualitas Hidup Perempuan dan Kualitas Keluarga', 'Ermiyati, S.Sos'],
  ['dinsos', 'Sekretaris Dinas', 'H. Asrul Chaniago, S.Sos, M.Si'],
  ['diskominfo', 'Kepala Bidang Informasi dan Komunikasi Publik', 'Yoni Hendra, S.Kom, M.T'],
  ['dpmd', 'Kepala Dinas', 'Drs. Syafruddin Nawawi, M.Si'],
  ['dpmd', 'Kepala Bidang Kelembagaan dan Sosial Budaya Masyarakat', 'Hj. Yenni Rahmi, S.Sos, M.Si'],
  ['disdukcapil', 'Kepala Bidang Pelayanan Pendaftaran Penduduk', 'Ferry Andrian, S.STP, M.Si'],
  ['dinaspangan', 'Kepala Dinas', 'Ir. Hj. Nurmaini, M.M'],
  ['distanhorbun', 'Sekretaris Dinas', 'Ir. Syaiful Bahri Koto, M.P'],
  ['disperindag', 'Kepala Bidang Perdagangan Dalam Negeri', 'Yusnelly Rahmadhani, S.E, M.Si'],
  ['diskop', 'Kepala Dinas', 'Drs. Hendra Gusnaldi, M.M'],
  ['dlh', 'Kepala Bidang Penaatan dan Peningkatan Kapasitas Lingkungan Hidup', 'Ir. Rahmad Hidayat, M.Si'],
  ['perkim', 'Sekretaris Dinas', 'Ir. Andre Firdaus, M.T'],
  ['biro-kesra', 'Kepala Biro', 'Drs. H. Ridwan Sutan Sati, M.Ag'],
  ['biro-pem', 'Kepala Bagian Pemerintahan Umum', 'Desni Yetti, S.H, M.Si'],
  ['bkkbn', 'Kepala Perwakilan', 'Dra. Hj. Syahrida Yulfiani, M.Si'],
  ['bkkbn', 'Kepala Bidang Keluarga Sejahtera dan Pemberdayaan Keluarga', 'Drs. Muhammad Iqbal, M.Pd'],
  ['kemenag', 'Kepala Bidang Bimbingan Masyarakat Islam', 'H. Syamsul Bahri, S.Ag, M.Pd.I'],
  ['dispar', 'Kepala Bidang Pemasaran Pariwisata', 'Rita Yulianti, S.E, M.M'],
  ['dkp', 'Sekretaris Dinas', 'Ir. H. Dasril Tan Malaka, M.Si']
])

/** Ketua/Wakil Ketua and one pengurus of each TP PKK Kabupaten/Kota proposed for the Lomba 2020. */
const kabKota = rows('kabkota', [
  ['padang', 'Ketua', 'Ny. Hj. Sri Wahyuni Hendri, S.Pd'],
  ['padang', 'Sekretaris', 'Ny. Liza Fitriani Azmi, S.E'],
  ['padangpariaman', 'Ketua', 'Ny. Hj. Rosmaini Suhatri, S.Pd'],
  ['padangpariaman', 'Ketua Pokja IV', 'Ny. Elfi Susanti, S.Pd'],
  ['bukittinggi', 'Wakil Ketua', 'Ny. Hj. Fauziah Ramlan'],
  ['bukittinggi', 'Ketua Pokja III', 'Ny. Rini Marlina, S.Pd'],
  ['agam', 'Ketua', 'Ny. Hj. Nurmala Syafruddin, S.E'],
  ['agam', 'Sekretaris', 'Ny. Kartika Sari Dewi'],
  ['tanahdatar', 'Ketua', 'Ny. Hj. Lili Suryani Darlis, S.H'],
  ['tanahdatar', 'Ketua Pokja II', 'Ny. Ratna Juwita, S.Pd'],
  ['payakumbuh', 'Wakil Ketua', 'Ny. Hj. Henny Warmaisyah, S.Pd'],
  ['payakumbuh', 'Sekretaris', "Ny. Hj. Nur'aini Bustami"]
])

/** The 65 participants of the Rapat Konsultasi of 20 Desember 2019 (seed 002), in the order of the attendance list. */
export const samplePeople: SamplePerson[] = [...pengurus, ...opd, ...kabKota]
