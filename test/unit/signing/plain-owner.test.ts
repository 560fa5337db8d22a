import { expect, test } from 'vitest'
import { plainOwner } from '@shared/signing/report'

test("a certificate's owner in plain words: name and organisation, without CN=, O= or C=", () => {
  expect(plainOwner('CN=Ny. Hj. Nevi Irwan Prayitno, O=TP PKK Provinsi Sumatera Barat, C=ID')).toBe('Ny. Hj. Nevi Irwan Prayitno, TP PKK Provinsi Sumatera Barat')
  expect(plainOwner("CN=Dra. Hj. Ni'mah Syafrida, M.Si, O=TP PKK Provinsi Sumatera Barat, C=ID")).toBe("Dra. Hj. Ni'mah Syafrida, M.Si, TP PKK Provinsi Sumatera Barat")
  expect(plainOwner('CN=Sekretariat PKK')).toBe('Sekretariat PKK')
  expect(plainOwner('C=ID')).toBe('C=ID')
})
