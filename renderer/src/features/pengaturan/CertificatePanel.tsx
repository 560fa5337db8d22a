import { useId, useState } from 'react'
import { formatDateLong } from '@shared/calendar'
import { MIN_CERT_PASSWORD, p12ImportFields, selfSignedFields, type OfficeProfile } from '@shared/model'
import type { VerifyResult } from '@shared/signing'
import { formatFingerprint, officeCertificateArgs, plainOwner, verificationDetails } from '@shared/signing/report'
import { getDb } from '../../data/db'
import { addCertificate, deleteCertificate } from '../../data/certificates-repo'
import { useCertificates } from '../../data/minutes-hooks'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { readFileBytes } from '../../ui/format'
import { errorText } from '../../ui/error-text'
import { useModelForm } from '../../ui/model-form'
import { SIGNATURE_FORMAT, SIGNATURE_NAME } from '../../documents/SignedPdfButton'
import { TechnicalDetails } from '../../ui/TechnicalDetails'

type Message = { kind: 'success' | 'error' | 'info'; text: string } | null
const day = (iso: string) => (iso ? formatDateLong(iso.slice(0, 10)) : '-')
const LABEL = { fontWeight: 600, fontSize: '0.92rem' } as const

/**
 * Pengaturan › Sertifikat tanda tangan digital: the office's .p12 (imported, or made here as a
 * self-signed one), kept encrypted with its password; the password itself is never stored.
 * Also checks a signed PDF.
 */
export function CertificatePanel({ profile }: { profile: OfficeProfile | null }) {
  const certificates = useCertificates()
  return (
    <section className="panel" aria-label="Sertifikat tanda tangan digital">
      <h2>Sertifikat tanda tangan digital</h2>
      <p className="muted">
        Dipakai untuk {SIGNATURE_NAME} pada PDF Kesimpulan Rapat. Berkas sertifikat (.p12) disimpan terenkripsi dengan kata sandinya; kata sandi tidak
        pernah disimpan dan ditanyakan setiap kali menandatangani.
      </p>
      {certificates && certificates.length > 0 ? (
        <table className="data">
          <thead>
            <tr>
              <th>Nama</th>
              <th>Pemilik</th>
              <th>Berlaku</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {certificates.map((c) => (
              <tr key={c.id}>
                <td>
                  {c.label} {c.selfSigned && <span className="badge warn">buatan sendiri</span>}
                </td>
                <td className="break">
                  {plainOwner(c.subject)}
                  <TechnicalDetails>
                    <div>Subjek: {c.subject}</div>
                    {c.sha256 && <div>Sidik SHA-256: {formatFingerprint(c.sha256)}</div>}
                  </TechnicalDetails>
                </td>
                <td className="nowrap">
                  {day(c.notBefore)} s.d. {day(c.notAfter)}
                </td>
                <td>
                  <button type="button" aria-label={`Hapus sertifikat ${c.label}`} onClick={() => void deleteCertificate(getDb(), c.id)}>
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Belum ada sertifikat.</p>
      )}
      <div className="grid-2" style={{ marginTop: '1rem' }}>
        <ImportP12 />
        <CreateSelfSigned profile={profile} />
      </div>
      <VerifyPdf />
    </section>
  )
}

function ImportP12() {
  const { register, handleSubmit, formState, reset, setValue, watch } = useModelForm(p12ImportFields, { defaultValues: { file: null, password: '' } })
  const e = formState.errors
  const [file, password] = watch(['file', 'password'])
  // Why "Periksa dan simpan" is still grey, said under it.
  const importMissingId = useId()
  const importMissing = [file ? '' : 'berkas sertifikat dipilih', password ? '' : 'kata sandi berkas diisi'].filter(Boolean)
  const [message, setMessage] = useState<Message>(null)
  const save = handleSubmit(async ({ file: picked, password: secret }) => {
    if (!picked) return
    try {
      const info = await window.pkk.signing.inspectP12({ p12: picked.bytes, password: secret })
      await addCertificate(getDb(), { label: info.commonName || picked.name, p12: picked.bytes, subject: info.subject, issuer: info.issuer, notBefore: info.notBefore, notAfter: info.notAfter, selfSigned: info.selfSigned, sha256: info.sha256 })
      setMessage({ kind: 'success', text: `Sertifikat ${info.commonName} disimpan.` })
      reset({ file: null, password: '' })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  })
  return (
    <form className="fieldset" aria-label="Impor sertifikat" noValidate onSubmit={save}>
      <h3>Impor berkas .p12 / .pfx</h3>
      <Field label="Berkas sertifikat" error={e.file?.message}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".p12,.pfx,application/x-pkcs12"
            onChange={(ev) => {
              const f = ev.target.files?.[0]
              if (f) void readFileBytes(f).then((bytes) => setValue('file', { name: f.name, bytes }, { shouldDirty: true, shouldValidate: true }))
            }}
          />
        )}
      </Field>
      <Field label="Kata sandi berkas" error={e.password?.message}>
        {(p) => <input {...p} type="password" autoComplete="off" {...register('password')} />}
      </Field>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <button type="submit" disabled={formState.isSubmitting || importMissing.length > 0} aria-describedby={importMissing.length > 0 ? importMissingId : undefined}>
        Periksa dan simpan
      </button>
      {importMissing.length > 0 && (
        <p id={importMissingId} className="muted small">
          Tombol aktif setelah {importMissing.join(' dan ')}.
        </p>
      )}
    </form>
  )
}

function CreateSelfSigned({ profile }: { profile: OfficeProfile | null }) {
  const { register, handleSubmit, formState, resetField, watch } = useModelForm(selfSignedFields, {
    defaultValues: { name: profile?.ketuaName ?? '', organisation: profile?.officeName.slice(0, 64) ?? '', password: '', again: '' }
  })
  const e = formState.errors
  const [message, setMessage] = useState<Message>(null)
  const create = handleSubmit(async ({ name, organisation, password }) => {
    try {
      const { p12, info } = await window.pkk.signing.createSelfSigned({ commonName: name, organisation, password })
      await addCertificate(getDb(), { label: `${info.commonName} (buatan sendiri)`, p12, subject: info.subject, issuer: info.issuer, notBefore: info.notBefore, notAfter: info.notAfter, selfSigned: true, sha256: info.sha256 })
      resetField('password')
      resetField('again')
      setMessage({ kind: 'success', text: `Sertifikat untuk ${info.commonName} dibuat, berlaku sampai ${day(info.notAfter)}. Simpan kata sandinya baik-baik: tanpa itu sertifikat tidak dapat dipakai.` })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  })
  // Why "Buat sertifikat" is still grey, said under it; what is typed wrongly is said on its field.
  const [name, password] = watch(['name', 'password'])
  const missingId = useId()
  const missing = [
    name.trim() ? '' : 'nama pemilik diisi',
    password.length >= MIN_CERT_PASSWORD ? '' : `kata sandi berisi paling sedikit ${MIN_CERT_PASSWORD} karakter`
  ].filter(Boolean)
  const busy = formState.isSubmitting
  return (
    <form className="fieldset" aria-label="Buat sertifikat sendiri" noValidate onSubmit={create}>
      <h3>Buat sertifikat sendiri</h3>
      <p className="muted">Untuk kantor yang belum memiliki sertifikat dari penerbit resmi. Pembaca PDF akan menyebut penerbitnya tidak dikenal.</p>
      <TechnicalDetails>Sertifikat self-signed: kantor sendiri yang menerbitkannya. {SIGNATURE_FORMAT}</TechnicalDetails>
      <Field label="Nama pemilik" error={e.name?.message}>
        {(p) => <input {...p} maxLength={64} {...register('name')} />}
      </Field>
      <Field label="Organisasi" error={e.organisation?.message}>
        {(p) => <input {...p} maxLength={64} {...register('organisation')} />}
      </Field>
      <Field label={`Kata sandi baru (paling sedikit ${MIN_CERT_PASSWORD} karakter)`} error={e.password?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...register('password')} />}
      </Field>
      <Field label="Ulangi kata sandi" error={e.again?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...register('again')} />}
      </Field>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <button type="submit" disabled={busy || missing.length > 0} aria-describedby={missing.length > 0 ? missingId : undefined}>
        {busy ? 'Membuat…' : 'Buat sertifikat'}
      </button>
      {missing.length > 0 && (
        <p id={missingId} className="muted small">
          Tombol aktif setelah {missing.join(', ')}.
        </p>
      )}
    </form>
  )
}

function VerifyPdf() {
  const certificates = useCertificates()
  const [result, setResult] = useState<{ name: string; r: VerifyResult } | null>(null)
  const [error, setError] = useState<string | null>(null)
  return (
    <div className="fieldset" role="region" aria-label="Periksa PDF bertanda tangan">
      <h3>Periksa PDF bertanda tangan</h3>
      <label className="field">
        <span style={LABEL}>Pilih PDF</span>
        <input
          type="file"
          accept="application/pdf,.pdf"
          onChange={(e) => {
            const f = e.target.files?.[0]
            if (!f) return
            setError(null)
            void readFileBytes(f)
              .then((pdf) => window.pkk.signing.verifyPdf({ pdf, officeCertificates: officeCertificateArgs(certificates) }))
              .then((r) => setResult({ name: f.name, r }))
              .catch((err: unknown) => setError(errorText(err)))
          }}
        />
      </label>
      {error && <Notice kind="error">{error}</Notice>}
      {result && (
        <Notice kind={result.r.ok ? 'success' : 'error'}>
          <strong>{result.name}</strong>: {result.r.summary}
          <TechnicalDetails>
            {verificationDetails(result.r).map((d, i) => (
              <div key={i}>
                <strong>{d.title}</strong>
                {d.lines.map((line, j) => (
                  <div key={j}>{line}</div>
                ))}
              </div>
            ))}
          </TechnicalDetails>
        </Notice>
      )}
    </div>
  )
}
