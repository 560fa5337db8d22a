import { generateKeyPairSync } from 'node:crypto'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { plainAddPlaceholder } from '@signpdf/placeholder-plain'
import { SignPdf } from '@signpdf/signpdf'
import { P12Signer } from '@signpdf/signer-p12'
import forge from 'node-forge'

const PASSWORD = 'bench'

/** A self-signed .p12 like the one the app makes for an office (RSA 2048, SHA-256), made once per run. */
export function benchCertificate(): Uint8Array {
  // Node makes the key natively (forge's own keygen takes seconds); forge builds the certificate and the .p12.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString())
  const cert = forge.pki.createCertificate()
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString())
  cert.serialNumber = '01'
  cert.validity.notBefore = new Date('2019-01-01T00:00:00Z')
  cert.validity.notAfter = new Date('2029-01-01T00:00:00Z')
  const name = [
    { name: 'commonName', value: 'Ny. Hj. Nevi Irwan Prayitno' },
    { name: 'organizationName', value: 'TP PKK Provinsi Sumatera Barat' }
  ]
  cert.setSubject(name)
  cert.setIssuer(name)
  cert.sign(key, forge.md.sha256.create())
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], PASSWORD, { algorithm: '3des' })
  return Uint8Array.from(forge.asn1.toDer(asn1).getBytes(), (c) => c.charCodeAt(0))
}

/**
 * Signs PDF bytes the way DESIGN.md prescribes (@signpdf: plain placeholder, P12Signer, CMS detached):
 * the stand-in while the app has no signing function of its own.
 */
export function signpdfSigner(p12: Uint8Array): (pdf: Uint8Array) => Promise<Uint8Array> {
  const signer = new P12Signer(Buffer.from(p12), { passphrase: PASSWORD })
  const signpdf = new SignPdf()
  return async (pdf) => {
    const withPlaceholder = plainAddPlaceholder({
      pdfBuffer: Buffer.from(pdf),
      reason: 'Kesimpulan Rapat',
      contactInfo: 'tppkk@sumbarprov.go.id',
      name: 'Ny. Hj. Nevi Irwan Prayitno',
      location: 'Padang',
      signatureLength: 8192
    })
    const signed = await signpdf.sign(withPlaceholder, signer, new Date('2019-12-20T08:00:00Z'))
    return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength)
  }
}

type Sign = (pdf: Uint8Array) => Promise<Uint8Array>

/** The shape of shared/signing this bench calls; checked at run time, as the module may not exist yet. */
interface AppSigning {
  signPdf(req: { pdf: Uint8Array; p12: Uint8Array; password: string; reason: string; location: string; signedAt?: Date }): { pdf: Uint8Array } | Promise<{ pdf: Uint8Array }>
  createSelfSignedP12(req: { commonName: string; organisation: string; password: string; now?: Date }): Promise<{ p12: Uint8Array }>
}

function isAppSigning(m: unknown): m is AppSigning {
  const o = m as Partial<Record<keyof AppSigning, unknown>> | null
  return typeof o?.signPdf === 'function' && typeof o.createSelfSignedP12 === 'function'
}

const APP_SIGNING = new URL('../../shared/signing/index.ts', import.meta.url)

/**
 * The app's own PDF signing (shared/signing: signPdf with a self-signed .p12 from createSelfSignedP12)
 * when it exists, so the bench times what the app does; otherwise @signpdf with the same kind of key.
 */
export async function findSigner(): Promise<{ sign: Sign; source: string }> {
  if (existsSync(fileURLToPath(APP_SIGNING))) {
    const mod: unknown = await import(APP_SIGNING.href)
    if (isAppSigning(mod)) {
      const password = 'kata-sandi-bench'
      const { p12 } = await mod.createSelfSignedP12({
        commonName: 'Ny. Hj. Nevi Irwan Prayitno',
        organisation: 'TP PKK Provinsi Sumatera Barat',
        password,
        now: new Date('2019-12-01T00:00:00Z')
      })
      const signedAt = new Date('2019-12-20T08:00:00Z')
      return {
        source: "the app's signPdf (shared/signing), self-signed RSA 2048 .p12",
        sign: async (pdf) => (await mod.signPdf({ pdf, p12, password, reason: 'Kesimpulan Rapat', location: 'Padang', signedAt })).pdf
      }
    }
  }
  return { source: '@signpdf (P12Signer, RSA 2048); shared/signing not found', sign: signpdfSigner(benchCertificate()) }
}
