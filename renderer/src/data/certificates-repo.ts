import { checked } from '@shared/datafile'
import { certificate, newId, type Certificate } from '@shared/model'
import type { PkkDatabase } from './db'

export type CertificateFields = Omit<Certificate, 'id' | 'createdAt'>

/** Keeps a .p12 (still encrypted with its own password; the password itself is never stored). */
export async function addCertificate(db: PkkDatabase, fields: CertificateFields, now = new Date()): Promise<Certificate> {
  const row = checked('certificates', certificate.parse({ ...fields, id: newId(), createdAt: now.toISOString() }))
  await db.certificates.add(row)
  return row
}

export async function listCertificates(db: PkkDatabase): Promise<Certificate[]> {
  const all = await db.certificates.toArray()
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

export async function deleteCertificate(db: PkkDatabase, id: string): Promise<void> {
  await db.certificates.delete(id)
}
