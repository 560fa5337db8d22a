import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import forge from 'node-forge'
import { renderPdf, type Block, type DocumentLayout, type FontSet } from '../../../shared/documents'
import { letterPage } from '../../../shared/documents/builders/page'
import { createSelfSignedP12, type CertificateInfo } from '../../../shared/signing'

export const PASSWORD = 'rahasia-kantor-2019'

let office: Promise<{ p12: Uint8Array; info: CertificateInfo }> | undefined
/** One self-signed certificate of the office per test file (key generation takes a moment). */
export function officeCertificate(): Promise<{ p12: Uint8Array; info: CertificateInfo }> {
  office ??= createSelfSignedP12({ commonName: 'Ny. Hj. Nevi Irwan Prayitno', organisation: 'TP PKK Provinsi Sumatera Barat', password: PASSWORD, now: new Date('2019-12-01T00:00:00Z') })
  return office
}

/** A document of `pages` pages, each with a heading and a paragraph. */
export function pagesLayout(pages: number): DocumentLayout {
  const blocks: Block[] = []
  for (let i = 1; i <= pages; i++) {
    if (i > 1) blocks.push({ kind: 'page-break' })
    blocks.push({ kind: 'paragraph', text: [{ text: `Halaman ${i}`, bold: true }] })
    blocks.push({ kind: 'paragraph', text: 'Kesimpulan rapat konsultasi dengan OPD terkait.' })
  }
  return { title: `Dokumen ${pages} halaman`, images: {}, sections: [{ page: letterPage(), blocks }] }
}

export const pdfOfPages = (pages: number, fonts: FontSet) => renderPdf(pagesLayout(pages), fonts)

export function hasTool(cmd: string): boolean {
  return spawnSync('which', [cmd], { stdio: 'ignore' }).status === 0
}

/** poppler's pdfsig on the bytes; its whole output (it exits non-zero for an invalid signature). */
export function pdfsig(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pkk-pdfsig-'))
  const file = join(dir, 'dokumen.pdf')
  writeFileSync(file, pdf)
  const r = spawnSync('pdfsig', [file], { encoding: 'utf8' })
  return `${r.stdout}${r.stderr}`
}

export function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'ignore' })
}

/** A certificate chain made by a certification authority: root, intermediate, the office's own; all in one .p12. */
export function caIssuedP12(commonName: string, organisation: string, password: string): Uint8Array {
  const keys = () => forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 })
  const make = (subject: string, issuer: { name: string; key: forge.pki.rsa.PrivateKey } | null, pair: forge.pki.rsa.KeyPair, serial: string, ca: boolean) => {
    const c = forge.pki.createCertificate()
    c.publicKey = pair.publicKey
    c.serialNumber = serial
    c.validity.notBefore = new Date('2019-01-01T00:00:00Z')
    c.validity.notAfter = new Date('2039-01-01T00:00:00Z')
    const attrs = [
      { shortName: 'CN', value: subject, valueTagClass: forge.asn1.Type.UTF8 },
      { shortName: 'O', value: organisation, valueTagClass: forge.asn1.Type.UTF8 },
      { shortName: 'C', value: 'ID' }
    ] as forge.pki.CertificateField[]
    c.setSubject(attrs)
    c.setIssuer(issuer ? [{ shortName: 'CN', value: issuer.name, valueTagClass: forge.asn1.Type.UTF8 }, { shortName: 'O', value: organisation, valueTagClass: forge.asn1.Type.UTF8 }, { shortName: 'C', value: 'ID' }] as forge.pki.CertificateField[] : attrs)
    c.setExtensions([{ name: 'basicConstraints', cA: ca }, { name: 'keyUsage', digitalSignature: true, keyCertSign: ca, nonRepudiation: !ca }])
    c.sign(issuer?.key ?? pair.privateKey, forge.md.sha256.create())
    return c
  }
  const rootKeys = keys()
  const root = make('Otoritas Sertifikat Uji Coba Sekretariat PKK', null, rootKeys, '01', true)
  const midKeys = keys()
  const mid = make('Otoritas Sertifikat Antara Uji Coba Sekretariat PKK', { name: 'Otoritas Sertifikat Uji Coba Sekretariat PKK', key: rootKeys.privateKey }, midKeys, '02', true)
  const leafKeys = keys()
  const leaf = make(commonName, { name: 'Otoritas Sertifikat Antara Uji Coba Sekretariat PKK', key: midKeys.privateKey }, leafKeys, '03', false)
  const asn1 = forge.pkcs12.toPkcs12Asn1(leafKeys.privateKey, [leaf, mid, root], password, { algorithm: '3des' })
  return Uint8Array.from(forge.asn1.toDer(asn1).getBytes(), (c) => c.charCodeAt(0))
}
