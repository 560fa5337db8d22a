import { PkkDatabase } from '../../../renderer/src/data/db'
import { saveProfile } from '../../../renderer/src/data/profile-repo'
import { emptyProfileFields } from '../../../shared/model'

let n = 0
/** A fresh database name per test; fake-indexeddb keeps them all in memory. */
export const freshName = (what: string) => `uji-${what}-${++n}-${Math.random().toString(36).slice(2, 8)}`

/** The sample office: TP PKK Provinsi Sumatera Barat, office code PKK-PROP. */
export async function seedOffice(db: PkkDatabase, officeCode = 'PKK-PROP'): Promise<void> {
  await saveProfile(db, {
    ...emptyProfileFields,
    level: 'provinsi',
    regionName: 'Sumatera Barat',
    officeName: 'TIM PENGGERAK PKK PROVINSI SUMATERA BARAT',
    address: 'Jl. Sudirman No. 1, Padang',
    ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
    ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
    placeName: 'Padang',
    officeCode
  })
}

export const letterInput = (code: string, date: string, perihal = 'Undangan Rapat Konsultasi') => ({
  code,
  date,
  kepada: 'Kepala OPD terkait di lingkungan Pemerintah Provinsi Sumatera Barat',
  perihal,
  lampiran: '1 (satu) lembar',
  tembusan: 'Gubernur Sumatera Barat'
})
