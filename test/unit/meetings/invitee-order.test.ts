import { describe, expect, test } from 'vitest'
import {
  applyLegacySheetOrders,
  moveOnto,
  moveToNumber,
  organisationView,
  ownOfficeMatcher,
  parseTargetNumber,
  protocolOrder,
  protocolPlace,
  protocolSubject,
  renumber,
  resolveInvitees,
  type ProtocolSubject
} from '../../../shared/meetings'
import { comparePersonNames } from '../../../shared/contacts'
import { defaultProtocolRanks, type Invitee, type MeetingDocument, type ProtocolRank } from '../../../shared/model'
import { rakon, sampleInvitees, sampleSnapshot } from '../documents/daftar-hadir-fixture'
import { readDataFile, toDataFile } from '../../../shared/datafile'

const subject = (id: string, title: string, kind: ProtocolSubject['kind'] = 'person', organisationKind: ProtocolSubject['organisationKind'] = 'opd'): ProtocolSubject => ({ id, kind, organisationKind, title })
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id)

describe('protocol order', () => {
  test('the office’s own Ketua and pengurus first, then the heads of OPD, other OPD officials, the other TP PKK, the rest', () => {
    const snapshot = sampleSnapshot()
    const profile = snapshot.profile[0]
    const people = sampleInvitees(snapshot)
    const unitOrgs = snapshot.organisations.filter((o) => o.kind === 'pkk' && o.name !== 'TP PKK Provinsi Sumatera Barat').slice(0, 2)
    const units = unitOrgs.map((o, i) => organisationView({ id: `org-${i}`, key: `o:${o.id}`, order: 100 + i }, o))
    // Her order: the units first, then the people backwards, as a list typed in a hurry might be.
    const mine = [...units, ...[...people].reverse()]
    const own = ownOfficeMatcher(profile)
    const sorted = protocolOrder(
      mine.map((v) => protocolSubject(v, own)),
      defaultProtocolRanks
    )
    const byId = new Map(mine.map((v) => [v.id, v]))
    const line = (id: string) => {
      const v = byId.get(id)
      return v?.kind === 'person' ? `${v.position} · ${v.organisationName}` : (v?.name ?? '')
    }
    const lines = sorted.map((s) => line(s.id))
    const prov = 'TP PKK Provinsi Sumatera Barat'
    expect(lines.slice(0, 9)).toEqual(
      ['Ketua', 'Wakil Ketua I', 'Wakil Ketua II', 'Wakil Ketua III', 'Wakil Ketua IV', 'Sekretaris', 'Wakil Sekretaris', 'Bendahara', 'Wakil Bendahara'].map((p) => `${p} · ${prov}`)
    )
    // Among equals her order stays: the Anggota Pokja I come in the reversed order she entered them.
    const anggota = sorted.filter((s) => line(s.id) === `Anggota Pokja I · ${prov}`).map((s) => byId.get(s.id)?.name)
    expect(anggota).toEqual(['Ny. Ratna Dewi Sikumbang', 'Ny. Hj. Zulfiyeni Amir, S.Pd'])
    const where = (test: (l: string) => boolean) => lines.map((l, i) => (test(l) ? i : -1)).filter((i) => i >= 0)
    const ownOffice = where((l) => l.endsWith(prov))
    const heads = where((l) => /^Kepala (Dinas|Badan|Biro|Perwakilan)( ·|$)/.test(l))
    const officials = where((l) => /^(Sekretaris Dinas|Kepala Bidang|Kepala Bagian)/.test(l))
    const otherPkk = where((l) => /TP PKK (Kota|Kabupaten)/.test(l))
    expect(ownOffice).toHaveLength(people.filter((v) => v.organisationName === prov).length)
    expect(Math.max(...ownOffice)).toBeLessThan(Math.min(...heads))
    expect(Math.max(...heads)).toBeLessThan(Math.min(...officials))
    // The kabupaten/kota Ketua (people and the units addressed to their Ketua) after every OPD official.
    expect(Math.max(...officials)).toBeLessThan(Math.min(...otherPkk))
    expect(otherPkk).toHaveLength(people.filter((v) => /^TP PKK (Kota|Kabupaten)/.test(v.organisationName)).length + units.length)
    expect(otherPkk.length).toBeGreaterThan(units.length)
  })

  test('the office is known by its name as the profile writes it or as the Ketua’s title names it', () => {
    const own = ownOfficeMatcher({ officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT', ketuaTitle: 'Pj. Ketua TP PKK Provinsi Sumatera Barat' })
    expect(own('TP PKK Provinsi Sumatera Barat')).toBe(true)
    expect(own('Tim Penggerak PKK Provinsi Sumatera Barat')).toBe(true)
    expect(own('TP PKK Kota Padang')).toBe(false)
    expect(ownOfficeMatcher(undefined)('TP PKK Provinsi Sumatera Barat')).toBe(false)
  })

  test('the longest position written decides: “Kepala Bidang” is not a “Kepala”, “Ketua Pokja” is not “Ketua”', () => {
    expect(protocolPlace(subject('a', 'Kepala Bidang Kesehatan Masyarakat'), defaultProtocolRanks)).toEqual([2, 1, 0])
    expect(protocolPlace(subject('b', 'Kepala Dinas'), defaultProtocolRanks)).toEqual([1, 0, 0])
    expect(protocolPlace(subject('c', 'Ketua Pokja II', 'person', 'kantor'), defaultProtocolRanks)).toEqual([0, 6, 2])
    expect(protocolPlace(subject('g', 'Wakil Ketua IV', 'person', 'kantor'), defaultProtocolRanks)).toEqual([0, 1, 4])
    expect(protocolPlace(subject('h', 'Ketua Pokja 3', 'person', 'kantor'), defaultProtocolRanks)).toEqual([0, 6, 3])
    // The Ketua of another TP PKK is not the office’s own Ketua.
    expect(protocolPlace(subject('f', 'Ketua', 'person', 'pkk'), defaultProtocolRanks)).toEqual([3, 0, 0])
    // An acting official ranks as the office she holds; case and punctuation do not matter.
    expect(protocolPlace(subject('d', 'Plt. KEPALA DINAS Sosial'), defaultProtocolRanks)).toEqual([1, 0, 0])
    // "Kepalanya" is not "Kepala": whole words only.
    expect(protocolPlace(subject('e', 'Kepalanya'), defaultProtocolRanks)).toEqual([4, 0, 0])
  })

  test('a rank holds only its kind of invitee and organisation; no rank: after all ranks, her order kept', () => {
    const ranks: ProtocolRank[] = [{ id: 'r1', label: 'Pengurus', invitee: 'orang', organisationKind: 'kantor', positions: ['Ketua'] }]
    const list = [subject('x', 'Ketua TP PKK Kota Padang', 'organisation', 'kantor'), subject('y', 'Ketua', 'person', 'opd'), subject('z', 'Ketua', 'person', 'kantor')]
    expect(ids(protocolOrder(list, ranks))).toEqual(['z', 'x', 'y'])
    expect(protocolPlace(list[0] as ProtocolSubject, ranks)).toEqual([1, 0, 0])
  })

  test('equals keep the order she gave them (a stable sort), so sorting twice changes nothing', () => {
    const list = [subject('b', 'Kepala Dinas'), subject('a', 'Kepala Dinas'), subject('c', 'Kepala Badan')]
    const once = protocolOrder(list, defaultProtocolRanks)
    expect(ids(once)).toEqual(['b', 'a', 'c'])
    expect(ids(protocolOrder(once, defaultProtocolRanks))).toEqual(ids(once))
  })
})

describe('moving one row', () => {
  const list = ['a', 'b', 'c', 'd', 'e']
  test('“Pindah ke nomor 2”: the row takes number 2, the others shift by one', () => {
    expect(moveToNumber(list, 'e', 2)).toEqual(['a', 'e', 'b', 'c', 'd'])
    expect(moveToNumber(list, 'a', 5)).toEqual(['b', 'c', 'd', 'e', 'a'])
    expect(moveToNumber(list, 'c', 3)).toEqual(list)
    expect(moveToNumber(list, 'b', 99)).toEqual(['a', 'c', 'd', 'e', 'b'])
    expect(moveToNumber(list, 'nobody', 1)).toEqual(list)
  })
  test('a drag onto another row takes that row’s number, up or down', () => {
    expect(moveOnto(list, 'd', 'b')).toEqual(['a', 'd', 'b', 'c', 'e'])
    expect(moveOnto(list, 'b', 'd')).toEqual(['a', 'c', 'd', 'b', 'e'])
  })
  test('the number she types: 1 to the count, anything else a message in Indonesian', () => {
    expect(parseTargetNumber(' 7 ', 65)).toEqual({ ok: true, number: 7 })
    expect(parseTargetNumber('0', 65)).toEqual({ ok: false, message: 'Nomor harus 1 sampai 65.' })
    expect(parseTargetNumber('66', 65)).toEqual({ ok: false, message: 'Nomor harus 1 sampai 65.' })
    expect(parseTargetNumber('tiga', 65)).toEqual({ ok: false, message: 'Isi nomor dengan angka 1 sampai 65.' })
    expect(parseTargetNumber('2.5', 65).ok).toBe(false)
  })
  test('only the rows whose number changes are written, numbered from 1', () => {
    const current = new Map([['a', 1], ['b', 2], ['c', 7]])
    expect(renumber(['b', 'a', 'c'], current)).toEqual([{ id: 'b', order: 1 }, { id: 'a', order: 2 }, { id: 'c', order: 3 }])
    expect(renumber(['a', 'b'], new Map([['a', 1], ['b', 2]]))).toEqual([])
  })
})

describe('the Daftar Hadir’s own order of earlier versions becomes the one order, once', () => {
  function withSheet(order: 'undangan' | 'nama' | 'kelompok' | 'organisasi') {
    const snapshot = sampleSnapshot()
    const invitees: Invitee[] = snapshot.people.map((p, i) => ({ id: `inv-${i + 1}`, meetingId: 'm1', key: `p:${p.id}`, kind: 'person', personId: p.id, order: i + 1, createdAt: '2019-12-10T02:00:00.000Z' }))
    const sheet: MeetingDocument = {
      id: 'doc-hadir',
      meetingId: 'm1',
      kind: 'daftar-hadir',
      daftarHadir: { order, blankRows: 10, showPhone: false, showNote: false, certifierTitle: '', certifierName: '', showKop: true },
      createdAt: '2019-12-10T02:00:00.000Z',
      updatedAt: '2019-12-10T02:00:00.000Z'
    }
    return { ...snapshot, invitees, documents: [sheet] }
  }
  const printedNames = (t: ReturnType<typeof withSheet>) =>
    resolveInvitees(t.invitees, new Map(t.people.map((p) => [p.id, p])), new Map(t.organisations.map((o) => [o.id, o]))).map((v) => v.name)

  test('“by name” (titles ignored) is written into the invitees’ order and the sheet becomes “as invited”', () => {
    const before = withSheet('nama')
    const after = applyLegacySheetOrders(before)
    const names = printedNames(after)
    expect(names).toEqual([...names].sort(comparePersonNames))
    expect(names).not.toEqual(printedNames(before))
    expect(after.documents[0]?.daftarHadir?.order).toBe('undangan')
    // Once: applied again, nothing moves.
    expect(applyLegacySheetOrders(after)).toBe(after)
  })

  test('a sheet already “as invited” leaves the data exactly as it was', () => {
    const t = withSheet('undangan')
    expect(applyLegacySheetOrders(t)).toBe(t)
  })
})

describe('a data file from before the one order', () => {
  test('read (restore, CLI, sample): its sheet’s own order is written into the invitees’ order', () => {
    const snapshot = sampleSnapshot()
    const invitees: Invitee[] = snapshot.people.map((p, i) => ({ id: `inv-${i + 1}`, meetingId: rakon.id, key: `p:${p.id}`, kind: 'person', personId: p.id, order: i + 1, createdAt: rakon.createdAt }))
    const sheet: MeetingDocument = {
      id: 'doc-hadir',
      meetingId: rakon.id,
      kind: 'daftar-hadir',
      daftarHadir: { order: 'nama', blankRows: 10, showPhone: false, showNote: false, certifierTitle: '', certifierName: '', showKop: true },
      createdAt: rakon.createdAt,
      updatedAt: rakon.updatedAt
    }
    const file = toDataFile({ ...snapshot, meetings: [rakon], invitees, documents: [sheet] }, 'uji')
    const read = readDataFile(JSON.stringify(file))
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '))
    const views = resolveInvitees(read.snapshot.invitees, new Map(read.snapshot.people.map((p) => [p.id, p])), new Map(read.snapshot.organisations.map((o) => [o.id, o])))
    const names = views.map((v) => v.name)
    expect(names).toEqual([...names].sort(comparePersonNames))
    expect(read.snapshot.documents[0]?.daftarHadir?.order).toBe('undangan')
  })
})
