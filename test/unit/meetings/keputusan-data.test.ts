import { describe, expect, test } from 'vitest'
import { signerTitleLines } from '@shared/documents/builders/signature'
import { emptySnapshot } from '@shared/datafile'
import {
  defaultKeputusanDraft,
  keputusanData,
  keputusanFileName,
  keputusanProblems,
  keputusanRegisterEntry,
  meetingDocuments,
  withSemicolon
} from '@shared/meetings'
import { defaultLegalBases, ketuaSigner, type KeputusanDraft, type Letter, type Meeting, type MeetingRole } from '@shared/model'
import { sumbar } from '../documents/support'

const TITLE = 'Rapat Konsultasi Tim Penggerak PKK Provinsi Sumatera Barat dengan OPD Terkait Tahun 2019'
const meeting: Meeting = {
  id: 'rakon',
  title: TITLE,
  kind: 'rapat-konsultasi',
  dates: ['2019-12-20'],
  timeStart: '09:00',
  timeEnd: '',
  timeZone: 'WIB',
  place: 'Aula Kantor TP PKK Provinsi Sumatera Barat',
  agenda: [],
  basis: [],
  objectives: [],
  signer: ketuaSigner,
  notes: '',
  createdAt: '2019-12-10T02:00:00.000Z',
  updatedAt: '2019-12-10T02:00:00.000Z'
}

let n = 0
const role = (group: MeetingRole['group'], name: string, extra: Partial<MeetingRole> = {}): MeetingRole => ({
  id: `r${++n}`,
  meetingId: 'rakon',
  group,
  roleTitle: '',
  name,
  position: `Jabatan ${name}`,
  topic: '',
  order: n,
  ...extra
})
const roles: MeetingRole[] = [
  role('moderator', 'Dra. Hj. Asmiati Rasyid, M.Pd'),
  role('narasumber', 'dr. Hj. Elvi Suryani, M.Kes', { topic: 'Sinergi Program Kesehatan Keluarga' }),
  role('panitia', 'Ny. Hj. Nevi Irwan Prayitno', { roleTitle: 'Penanggung Jawab' }),
  role('panitia', 'Ny. Hj. Yusnidar Nasrullah', { roleTitle: 'Ketua' })
]
const legalBases = defaultLegalBases.map((text, i) => ({ id: `b${i}`, text, order: i, active: true }))
const draft: KeputusanDraft = defaultKeputusanDraft({ meeting, profile: sumbar, roles, legalBases, dateIso: '2019-12-16' })

describe('the decree’s data for the document engine', () => {
  const data = keputusanData({ profile: sumbar, meeting, draft, roles, number: '22/KEP/PKK-PROP/XII/2019' })

  test('is issued by the Ketua of the office written out, with the number and the date', () => {
    expect(data.issuer).toBe('KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
    expect(data.number).toBe('22/KEP/PKK-PROP/XII/2019')
    expect(data.dateIso).toBe('2019-12-16')
    expect(data.place).toBe('Padang')
  })

  test('shows dots for the number before it is issued', () => {
    expect(keputusanData({ profile: sumbar, meeting, draft, roles, number: undefined }).number).toBe('.........')
  })

  test('ends each Menimbang and Mengingat with a semicolon and each article with a full stop, the closing article last', () => {
    for (const m of [...data.menimbang, ...data.mengingat]) expect(m).toMatch(/;$/)
    expect(data.mengingat[0]).toBe(`${defaultLegalBases[0] ?? ''};`)
    expect(data.articles.at(-1)).toBe(draft.closing)
    expect(data.articles).toHaveLength(draft.articles.length + 1)
    expect(withSemicolon('Program Kerja Tahun 2019.')).toBe('Program Kerja Tahun 2019;')
    expect(withSemicolon('bahwa ...;')).toBe('bahwa ...;')
  })

  test('leaves out empty lines the secretary left in the form', () => {
    const d = keputusanData({ profile: sumbar, meeting, draft: { ...draft, menimbang: ['', ...draft.menimbang, '  '], articles: [...draft.articles, ''] }, roles, number: undefined })
    expect(d.menimbang).toHaveLength(3)
    expect(d.articles).toHaveLength(draft.articles.length + 1)
  })

  test('is signed under the title in capitals; a.n. keeps its small letters, an acting chair’s PLT. is the decree’s too', () => {
    expect(signerTitleLines(data.signer)).toEqual(['KETUA TIM PENGGERAK PKK', 'PROVINSI SUMATERA BARAT,'])
    expect(data.signer.name).toBe('Ny. Hj. Nevi Irwan Prayitno')
    const office = {
      ...sumbar,
      signers: [
        { id: 'sekr', kind: 'an' as const, name: 'Ny. Hj. Darmawati Syahrial, S.H, M.M', title: 'Sekretaris', from: '', to: '' },
        { id: 'plt', kind: 'plt' as const, name: 'Ny. Hj. Yusnidar Nasrullah', title: 'Ketua TP PKK Provinsi Sumatera Barat', from: '', to: '2019-01-01' }
      ]
    }
    const an = keputusanData({ profile: office, meeting, draft: { ...draft, signer: { ...ketuaSigner, signerId: 'sekr' } }, roles, number: undefined })
    expect(signerTitleLines(an.signer).join(' / ')).toBe('a.n. KETUA TIM PENGGERAK PKK / PROVINSI SUMATERA BARAT / SEKRETARIS,')
    const plt = keputusanData({ profile: office, meeting, draft: { ...draft, signer: { ...ketuaSigner, signerId: 'plt' } }, roles, number: undefined })
    expect(signerTitleLines(plt.signer)[0]).toBe('PLT. KETUA TIM PENGGERAK PKK')
    expect(plt.issuer).toBe('PLT. KETUA TIM PENGGERAK PKK PROVINSI SUMATERA BARAT')
  })

  test('lists the panitia with their titles, the narasumber with their materi, then the moderator', () => {
    const groups = data.lampiran?.groups ?? []
    expect(groups.map((g) => [g.heading, g.roleColumn])).toEqual([
      ['Panitia Pelaksana', 'Jabatan dalam Panitia'],
      ['Narasumber', 'Materi'],
      ['Moderator', undefined]
    ])
    expect(groups[0]?.members.map((m) => [m.name, m.role])).toEqual([
      ['Ny. Hj. Nevi Irwan Prayitno', 'Penanggung Jawab'],
      ['Ny. Hj. Yusnidar Nasrullah', 'Ketua']
    ])
    expect(groups[1]?.members[0]?.role).toBe('Sinergi Program Kesehatan Keluarga')
    expect(data.lampiran?.title).toBe(`SUSUNAN ${draft.subject}`)
  })

  test('has no lampiran when nobody is appointed yet', () => {
    expect(keputusanData({ profile: sumbar, meeting, draft, roles: [], number: undefined }).lampiran).toBeUndefined()
  })
})

describe('the decree in the register', () => {
  test('Perihal "Keputusan tentang ..." in the case of a sentence, Kepada the people in the lampiran', () => {
    expect(keputusanRegisterEntry(meeting, draft, roles)).toEqual({
      code: 'KEP',
      date: '2019-12-16',
      kepada: 'Yang namanya tercantum dalam lampiran',
      perihal: `Keputusan tentang Panitia Pelaksana, Narasumber dan Moderator ${TITLE}`,
      lampiran: '1 (satu) berkas',
      tembusan: ''
    })
  })
  test('its file is named by the number, or as a draft by the meeting', () => {
    expect(keputusanFileName(TITLE, '22/KEP/PKK-PROP/XII/2019')).toBe('Keputusan 22-KEP-PKK-PROP-XII-2019')
    expect(keputusanFileName(TITLE, undefined)).toBe(`Draf Keputusan ${TITLE}`)
  })
})

describe('before issuing', () => {
  test('refuses a decree that appoints nobody, warns about a speaker without materi', () => {
    expect(keputusanProblems([]).errors).toHaveLength(1)
    const p = keputusanProblems([...roles, role('narasumber', 'Drs. Syafruddin Nawawi, M.Si')])
    expect(p.errors).toEqual([])
    expect(p.warnings).toEqual(['Materi Drs. Syafruddin Nawawi, M.Si belum diisi.'])
  })
})

describe('the headless renderer', () => {
  test('makes the decree of a meeting from a snapshot, numbered from the register', () => {
    const letter: Letter = {
      id: 'l22',
      code: 'KEP',
      counterKey: 'KEP',
      year: 2019,
      seq: 22,
      insert: 0,
      number: '22/KEP/PKK-PROP/XII/2019',
      date: '2019-12-16',
      kepada: '',
      perihal: 'Keputusan',
      lampiran: '',
      tembusan: '',
      status: 'aktif',
      cancelReason: '',
      source: 'app',
      documentKind: 'keputusan',
      meetingId: 'rakon',
      createdAt: '',
      updatedAt: ''
    }
    const snapshot = {
      ...emptySnapshot(),
      profile: [sumbar],
      meetings: [meeting],
      roles,
      letters: [letter],
      documents: [{ id: 'd1', meetingId: 'rakon', kind: 'keputusan' as const, letterId: 'l22', keputusan: draft, createdAt: '', updatedAt: '' }]
    }
    const docs = meetingDocuments(snapshot, meeting)
    expect(docs.map((d) => d.fileName)).toEqual(['Keputusan 22-KEP-PKK-PROP-XII-2019'])
    expect(docs[0]?.layout.sections).toHaveLength(2)
    // Cancelled: back to a draft without a number.
    const batal = meetingDocuments({ ...snapshot, letters: [{ ...letter, status: 'batal' }] }, meeting)
    expect(batal[0]?.fileName).toBe(`Draf Keputusan ${TITLE}`)
  })
})
