import { expect } from 'vitest'
import { sampleSignature, sampleStamp } from '../../../scripts/lib/sample-images'
import { dayRecap, textToRich, type MinutesInput, type RosterEntry } from '../../../shared/meetings'
import { ketuaSigner, type ActionItem, type Meeting, type Minutes, type OfficeProfile } from '../../../shared/model'
import { sumbar } from './support'

/** The office with the Ketua's signature and the stamp, as the Kesimpulan uses them. */
export const sumbarWithInk: OfficeProfile = {
  ...sumbar,
  sekretarisName: 'Ny. Hj. Darmawati Syahrial, S.H, M.M',
  ketuaSignature: { mime: 'image/png', data: sampleSignature(), name: 'ttd.png' },
  stamp: { mime: 'image/png', data: sampleStamp(), name: 'cap.png' }
}

export const rakonMeeting: Meeting = {
  id: 'rakon-2019',
  title: 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019',
  kind: 'rapat-konsultasi',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '12:30',
  timeZone: 'WIB',
  place: 'Aula Kantor TP PKK Provinsi Sumatera Barat, Jalan Rasuna Said No. 76 Padang',
  agenda: ['Pembukaan', 'Sambutan Ketua TP PKK Provinsi Sumatera Barat', 'Paparan program OPD terkait', 'Diskusi dan tanya jawab', 'Kesimpulan dan penutup'],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: '',
  createdAt: '2019-12-10T02:00:00.000Z',
  updatedAt: '2019-12-10T02:00:00.000Z'
}

export const SEED_CONCLUSION =
  'Untuk meningkatkan koordinasi dan kerja sama antara Tim Penggerak PKK Provinsi Sumatera Barat dengan Mitra Kerja/OPD terkait dalam pelaksanaan program/kegiatan yang dapat disinergikan, maka perlu dilakukan rapat konsultasi ini secara berkala di awal tahun anggaran dan di akhir tahun anggaran untuk persiapan kegiatan tahun berikutnya.'

export const rakonMinutes: Minutes = {
  meetingId: rakonMeeting.id,
  pimpinan: 'Ny. Hj. Nevi Irwan Prayitno',
  pimpinanTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
  notulis: 'Ny. Hj. Darmawati Syahrial, S.H, M.M',
  notulisTitle: 'Sekretaris',
  pembukaan: textToRich('Rapat dibuka pukul 09.00 WIB.\n1. Program Kerja Tahun 2019;\n2. Keputusan Nomor 22/KEP/PKK-PROP/XII/2019.'),
  sambutan: [{ who: 'Ny. Hj. Nevi Irwan Prayitno, Ketua TP PKK', summary: textToRich('Mengucapkan **terima kasih** atas kerja sama selama Tahun 2019.') }],
  paparan: textToRich('- **Bappeda**: sinkronisasi perencanaan\n- Dinas Kesehatan: Pokja IV'),
  diskusi: textToRich('Peserta menanyakan persiapan *Lomba Gerakan PKK* Tahun 2020.'),
  kesimpulan: [SEED_CONCLUSION, 'Persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020 dilakukan bersama.'],
  tindakLanjut: textToRich('Tindak lanjut per OPD:'),
  penutup: textToRich('Rapat ditutup pukul 12.30 WIB.'),
  useSignatureImage: true,
  useStamp: true,
  updatedAt: '2019-12-20T05:30:00.000Z'
}

const action = (id: string, what: string, extra: Partial<ActionItem>): ActionItem => ({
  id,
  meetingId: rakonMeeting.id,
  what,
  ownerText: '',
  due: '',
  status: 'terbuka',
  createdAt: `2019-12-20T05:0${id}:00.000Z`,
  updatedAt: '2019-12-20T05:00:00.000Z',
  ...extra
})

export const rakonActions: ActionItem[] = [
  action('1', 'Menyampaikan program 2020 yang dapat disinergikan', { organisationId: 'bappeda', due: '2020-01-31' }),
  action('2', 'Menyiapkan data kesehatan keluarga', { organisationId: 'dinkes', due: '2020-03-31', status: 'selesai' }),
  action('3', 'Tindak lanjut yang dibatalkan', { organisationId: 'dinkes', status: 'batal' })
]

export function rakonInput(overrides: Partial<MinutesInput> = {}): MinutesInput {
  const invitees = Array.from({ length: 65 }, (_, i) => `inv-${i}`)
  return {
    profile: sumbarWithInk,
    meeting: rakonMeeting,
    minutes: rakonMinutes,
    actionItems: rakonActions,
    organisations: new Map([
      ['bappeda', { name: 'Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat' }],
      ['dinkes', { name: 'Dinas Kesehatan Provinsi Sumatera Barat' }]
    ]),
    people: new Map(),
    // 60 hadir, 2 izin, 2 tidak hadir, one not recorded yet.
    recap: dayRecap(invitees.map((inviteeId, i): RosterEntry => ({ inviteeId, name: `Peserta ${i + 1}`, position: '', organisation: '', status: i < 60 ? 'hadir' : i < 62 ? 'izin' : i < 64 ? 'tidak-hadir' : 'belum', delegateName: '', delegatePosition: '', note: '', walkIn: false, removed: false, signed: false, late: false, early: false, times: '' }))).total,
    ...overrides
  }
}

/** Each needle found after the previous one. */
export function expectInOrder(haystack: string, needles: readonly string[]): void {
  let at = 0
  for (const n of needles) {
    const i = haystack.indexOf(n, at)
    expect(i, `"${n}" setelah posisi ${at} dalam: …${haystack.slice(at, at + 200)}…`).toBeGreaterThanOrEqual(0)
    at = i + n.length
  }
}
