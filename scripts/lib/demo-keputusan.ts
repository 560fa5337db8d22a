import type { Letter, Meeting, RoleInput } from '../../shared/model'
import type { PkkDatabase } from '../../renderer/src/data/db'
import { issueDocument } from '../../renderer/src/data/document-commands'
import { createKeputusanDraft } from '../../renderer/src/data/keputusan-repo'
import { addLegalBasis, ensureLegalBases } from '../../renderer/src/data/legal-bases-repo'
import { addRole, addRolesFromPeople } from '../../renderer/src/data/roles-repo'
import { rolePrefill } from '../../shared/meetings'

export const DECREE_NUMBER = '22/KEP/PKK-PROP/XII/2019'

/** Who the decree appoints, by the names in the sample's address book (scripts/sample/people.ts). */
const COMMITTEE: readonly (readonly [title: string, name: string])[] = [
  ['Penanggung Jawab', 'Ny. Hj. Nevi Irwan Prayitno'],
  ['Ketua', 'Ny. Hj. Yusnidar Nasrullah'],
  ['Wakil Ketua', 'Ny. Hj. Desi Alwis Syafri, S.E'],
  ['Sekretaris', 'Ny. Hj. Darmawati Syahrial, S.H, M.M'],
  // Titles the office adds to the usual ones.
  ['Wakil Sekretaris', "Ny. Elly Ma'ruf Azwar, S.Sos"],
  ['Bendahara', 'Ny. Hj. Nurhayati Zainal, S.E'],
  ['Seksi Acara', 'Ny. Yulia Rahman, S.Pd'],
  ['Seksi Konsumsi', 'Ny. Mardiana Sutan Basa']
]
const MEMBERS = ['Ny. Hj. Syafrida Anwar, S.Ag', 'Ir. Hj. Lismawarni Yunus, M.Si', 'dr. Hj. Rosnelly Amran, M.Kes', 'Ny. Fitri Yandri Chaniago']
const SPEAKERS: readonly (readonly [name: string, topic: string])[] = [
  ['Dr. Ir. H. Afrizal Syamsuddin, M.Si', 'Sinkronisasi Perencanaan Pembangunan Daerah dengan Program Pokok PKK Tahun 2020'],
  ['dr. Hj. Elvi Suryani, M.Kes', 'Sinergi Program Kesehatan Keluarga dengan Kegiatan Pokja IV PKK'],
  ['Dra. Hj. Rosmiati Kahar, M.M', 'Pemberdayaan Perempuan dan Ketahanan Keluarga melalui Gerakan PKK'],
  ['Drs. Syafruddin Nawawi, M.Si', 'Dukungan Pemberdayaan Masyarakat dan Desa dalam Persiapan Lomba Gerakan PKK Tingkat Nasional Tahun 2020']
]
const MODERATOR = 'Dra. Hj. Asmiati Rasyid, M.Pd'

/**
 * The decree of the Rapat Konsultasi, done as the secretary does it: the committee, speakers and moderator
 * from the address book (one typed on the spot), the office's own legal bases, the draft from its defaults,
 * and the number 22/KEP/PKK-PROP/XII/2019 of 16 December 2019 issued from the register.
 */
export async function addRakonKeputusan(db: PkkDatabase, meeting: Meeting, at: (iso: string) => Date): Promise<Letter> {
  const person = async (name: string) => {
    const p = await db.people.where('name').equals(name).first()
    if (!p) throw new Error(`Data contoh tidak memuat ${name}`)
    const org = p.organisationId ? await db.organisations.get(p.organisationId) : undefined
    return rolePrefill(p, org)
  }
  const add = (input: RoleInput) => addRole(db, meeting.id, input)
  for (const [roleTitle, name] of COMMITTEE) await add({ group: 'panitia', roleTitle, topic: '', ...(await person(name)) })
  // Not in the address book: typed on the spot.
  await add({ group: 'panitia', roleTitle: 'Seksi Dokumentasi', topic: '', name: 'Rahmat Hidayat, S.Kom', position: 'Staf Sekretariat Tim Penggerak PKK Provinsi Sumatera Barat' })
  const members = await Promise.all(MEMBERS.map(async (name) => (await person(name)).personId))
  await addRolesFromPeople(db, meeting.id, 'panitia', 'Anggota', members)
  for (const [name, topic] of SPEAKERS) await add({ group: 'narasumber', roleTitle: '', topic, ...(await person(name)) })
  await add({ group: 'moderator', roleTitle: '', topic: '', ...(await person(MODERATOR)) })

  // The office's own bases next to the defaults; Permendagri 36/2020 is left out of a 2019 decree by its year.
  await ensureLegalBases(db)
  await addLegalBasis(
    db,
    'Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 1 Tahun 2013 tentang Pemberdayaan Masyarakat melalui Gerakan Pemberdayaan dan Kesejahteraan Keluarga'
  )
  await addLegalBasis(db, 'Program Kerja Tim Penggerak PKK Provinsi Sumatera Barat Tahun 2019')

  const doc = await createKeputusanDraft(db, meeting.id, '2019-12-16', at('2019-12-16'))
  if (!doc.keputusan) throw new Error('Draf keputusan demo tidak terbentuk')
  const letter = await issueDocument(db, meeting.id, 'keputusan', doc.keputusan, at('2019-12-16'))
  if (letter.number !== DECREE_NUMBER) throw new Error(`Nomor keputusan demo tidak sesuai: ${letter.number}`)
  return letter
}
