import { expect, test } from 'vitest'
import { emptyProfileFields, officeProfile, officeProfileFields, OFFICE_CODE_MESSAGE } from '@shared/model'

const withCode = (officeCode: string) => ({
  ...emptyProfileFields,
  regionName: 'Sumatera Barat',
  officeName: 'Tim Penggerak PKK Provinsi Sumatera Barat',
  address: 'Jalan Rasuna Said No. 76 Padang',
  ketuaName: 'Ny. Hj. Nevi Irwan Prayitno',
  ketuaTitle: 'Ketua TP PKK Provinsi Sumatera Barat',
  placeName: 'Padang',
  officeCode
})

test.each(['PKK-PROP', 'TP.PKK/KAB', 'PKK-KAB.AGAM', 'PKK1', ' PKK-PROP '])('the office code "%s" is accepted', (code) => {
  expect(officeProfileFields.safeParse(withCode(code)).success).toBe(true)
})

test.each(['PKK PROP', 'PKK-PROP 🌸', '-PKK', 'PKK/', 'PKK--PROP', 'PKK_PROP', 'PKK,PROP'])('the office code "%s" is refused with the rule in Indonesian', (code) => {
  const r = officeProfileFields.safeParse(withCode(code))
  expect(r.success).toBe(false)
  expect(r.error?.issues.map((i) => i.message)).toEqual([OFFICE_CODE_MESSAGE])
})

test('a stored profile written before the rule still reads (backups and old data are not refused)', () => {
  const r = officeProfile.safeParse({ ...withCode('PKK PROP'), id: 'office', updatedAt: '2019-12-17T00:00:00.000Z' })
  expect(r.success).toBe(true)
})
