import { describe, expect, test } from 'vitest'
import { groupsPhrase, moveInGroup, rankForRole, roleConflict, rolePosition, rolePrefill, rolesFingerprint, sortRoles } from '@shared/meetings'
import { roleInput, type MeetingRole } from '@shared/model'

const role = (id: string, group: MeetingRole['group'], order: number, name = id, personId?: string): MeetingRole => ({
  id,
  meetingId: 'rakon',
  group,
  roleTitle: group === 'panitia' ? 'Anggota' : '',
  name,
  position: '',
  topic: '',
  order,
  ...(personId ? { personId } : {})
})

describe('Jabatan/Instansi from the address book', () => {
  test('the head of an OPD reads as one title: "Kepala Dinas" + "Dinas Kesehatan ..." shares the word Dinas', () => {
    expect(rolePosition('Kepala Dinas', 'Dinas Kesehatan Provinsi Sumatera Barat')).toBe('Kepala Dinas Kesehatan Provinsi Sumatera Barat')
    expect(rolePosition('Kepala Badan', 'Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat')).toBe(
      'Kepala Badan Perencanaan Pembangunan Daerah Provinsi Sumatera Barat'
    )
    expect(rolePosition('Sekretaris Dinas', 'Dinas Pendidikan Provinsi Sumatera Barat')).toBe('Sekretaris Dinas Pendidikan Provinsi Sumatera Barat')
  })
  test('a Kepala Bidang keeps both the field and the Dinas', () => {
    expect(rolePosition('Kepala Bidang Kesehatan Masyarakat', 'Dinas Kesehatan Provinsi Sumatera Barat')).toBe(
      'Kepala Bidang Kesehatan Masyarakat Dinas Kesehatan Provinsi Sumatera Barat'
    )
  })
  test('a pengurus of the TP PKK, a position that already names its office, and missing parts', () => {
    expect(rolePosition('Wakil Ketua I', 'TP PKK Provinsi Sumatera Barat')).toBe('Wakil Ketua I TP PKK Provinsi Sumatera Barat')
    expect(rolePosition('Ketua TP PKK Provinsi Sumatera Barat', 'TP PKK Provinsi Sumatera Barat')).toBe('Ketua TP PKK Provinsi Sumatera Barat')
    expect(rolePosition('', 'Dinas Sosial Provinsi Sumatera Barat')).toBe('Dinas Sosial Provinsi Sumatera Barat')
    expect(rolePosition('Staf Sekretariat', '')).toBe('Staf Sekretariat')
  })
  test('a person chosen from the address book prefills the role, linked by id', () => {
    expect(rolePrefill({ id: 'p7', name: 'dr. Hj. Elvi Suryani, M.Kes', position: 'Kepala Dinas' }, { name: 'Dinas Kesehatan Provinsi Sumatera Barat' })).toEqual({
      personId: 'p7',
      name: 'dr. Hj. Elvi Suryani, M.Kes',
      position: 'Kepala Dinas Kesehatan Provinsi Sumatera Barat'
    })
  })
})

describe('the roles of a meeting', () => {
  test('panitia come first, then narasumber, then the moderator, each in the secretary’s order', () => {
    const sorted = sortRoles([role('m', 'moderator', 1), role('n2', 'narasumber', 2), role('p2', 'panitia', 2), role('n1', 'narasumber', 1), role('p1', 'panitia', 1)])
    expect(sorted.map((r) => r.id)).toEqual(['p1', 'p2', 'n1', 'n2', 'm'])
  })
  test('moving a role swaps it with its neighbour in its own group only', () => {
    const roles = [role('p1', 'panitia', 1), role('p2', 'panitia', 2), role('p3', 'panitia', 3), role('n1', 'narasumber', 1)]
    expect(moveInGroup(roles, 'p3', -1)).toEqual([
      { id: 'p1', order: 1 },
      { id: 'p3', order: 2 },
      { id: 'p2', order: 3 }
    ])
    expect(moveInGroup(roles, 'p1', -1)).toEqual([])
    expect(moveInGroup(roles, 'n1', 1)).toEqual([])
  })
  test('nobody sits in the committee twice, by address-book link or by name; a speaker may also moderate', () => {
    const roles = [role('p1', 'panitia', 1, 'Ny. Hj. Yusnidar Nasrullah', 'yus'), role('n1', 'narasumber', 1, 'dr. Hj. Elvi Suryani, M.Kes')]
    expect(roleConflict(roles, { group: 'panitia', personId: 'yus', name: 'Yusnidar' })).toBe('Ny. Hj. Yusnidar Nasrullah sudah tercantum sebagai Panitia Pelaksana.')
    expect(roleConflict(roles, { group: 'panitia', name: '  ny. hj.  yusnidar nasrullah ' })).toMatch(/sudah tercantum/)
    expect(roleConflict(roles, { group: 'moderator', name: 'dr. Hj. Elvi Suryani, M.Kes' })).toBeNull()
    // Editing a role does not clash with itself.
    expect(roleConflict(roles, { group: 'panitia', personId: 'yus', name: 'Ny. Hj. Yusnidar Nasrullah' }, 'p1')).toBeNull()
  })
  test('a committee member needs a title; a speaker and a moderator do not', () => {
    const base = { name: 'Rahmat Hidayat, S.Kom', position: 'Staf Sekretariat', topic: '' }
    const r = roleInput.safeParse({ ...base, group: 'panitia', roleTitle: '  ' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('Jabatan dalam panitia wajib diisi')
    expect(roleInput.safeParse({ ...base, group: 'moderator', roleTitle: '' }).success).toBe(true)
    expect(roleInput.safeParse({ ...base, group: 'panitia', roleTitle: 'Seksi Dokumentasi' }).success).toBe(true)
    expect(roleInput.safeParse({ ...base, name: '', group: 'moderator', roleTitle: '' }).error?.issues[0]?.message).toBe('Nama wajib diisi')
  })
  test('the decree names the groups it appoints, all three when none is filled yet', () => {
    expect(groupsPhrase(['moderator', 'panitia', 'narasumber'])).toBe('Panitia Pelaksana, Narasumber dan Moderator')
    expect(groupsPhrase(['narasumber', 'moderator'])).toBe('Narasumber dan Moderator')
    expect(groupsPhrase(['panitia'])).toBe('Panitia Pelaksana')
    expect(groupsPhrase([])).toBe('Panitia Pelaksana, Narasumber dan Moderator')
  })
})

describe('searching the address book for a role', () => {
  const rows = [
    { name: 'Ns. Yuliarni Syafrita, S.Kep, M.Kes', position: 'Kepala Bidang Kesehatan Masyarakat', organisationName: 'Dinas Kesehatan Provinsi Sumatera Barat' },
    { name: 'dr. Hj. Elvi Suryani, M.Kes', position: 'Kepala Dinas', organisationName: 'Dinas Kesehatan Provinsi Sumatera Barat' },
    { name: 'Ny. Hj. Nevi Irwan Prayitno', position: 'Ketua', organisationName: 'TP PKK Provinsi Sumatera Barat' }
  ]
  test('offers the Kepala Dinas Kesehatan first for "kepala dinas kesehatan", a name before a position', () => {
    expect(rankForRole(rows, 'kepala dinas kesehatan').map((r) => r.name)[0]).toBe('dr. Hj. Elvi Suryani, M.Kes')
    expect(rankForRole(rows, 'nevi').map((r) => r.name)[0]).toBe('Ny. Hj. Nevi Irwan Prayitno')
    expect(rankForRole(rows, 'elvi suryani')[0]?.name).toBe('dr. Hj. Elvi Suryani, M.Kes')
    expect(rankForRole(rows, '').map((r) => r.name)).toEqual(rows.map((r) => r.name))
  })
})

describe('rolesFingerprint: what the lampiran prints, as a short code', () => {
  const base = [
    { group: 'panitia' as const, order: 1, roleTitle: 'Ketua', name: 'Ny. Hj. Darmawati Syahrial, S.H, M.M', position: 'Wakil Ketua I TP PKK', topic: '' },
    { group: 'panitia' as const, order: 2, roleTitle: 'Sekretaris', name: "Dra. Hj. Ni'mah Syafrida, M.Si", position: 'Sekretaris TP PKK', topic: '' },
    { group: 'narasumber' as const, order: 1, roleTitle: '', name: 'dr. Hj. Elvi Suryani, M.Kes', position: 'Kepala Dinas Kesehatan', topic: 'Sinergi Program' }
  ]
  test('the same roles in any array order give the same code; spaces around a name do not count', () => {
    expect(rolesFingerprint([...base].reverse())).toBe(rolesFingerprint(base))
    expect(rolesFingerprint(base.map((r) => ({ ...r, name: ` ${r.name} ` })))).toBe(rolesFingerprint(base))
  })
  test('anything printed changes it: a name, a title, a topic, the order within a group, one role more', () => {
    const code = rolesFingerprint(base)
    const variants = [
      base.map((r, i) => (i === 0 ? { ...r, name: 'Ny. Hj. Darmawati' } : r)),
      base.map((r, i) => (i === 1 ? { ...r, roleTitle: 'Bendahara' } : r)),
      base.map((r, i) => (i === 2 ? { ...r, topic: 'Materi lain' } : r)),
      base.map((r, i) => (i === 0 ? { ...r, order: 3 } : r)),
      [...base, { group: 'moderator' as const, order: 1, roleTitle: '', name: 'Ir. Hj. Lismawarni Yunus, M.Si', position: '', topic: '' }]
    ]
    for (const v of variants) expect(rolesFingerprint(v)).not.toBe(code)
    expect(new Set(variants.map(rolesFingerprint)).size).toBe(variants.length)
  })
})
