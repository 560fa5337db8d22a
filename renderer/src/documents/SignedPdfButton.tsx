import { useEffect, useState } from 'react'
import { utcOffset } from '@shared/calendar'
import type { DocumentLayout } from '@shared/documents/layout'
import { signedLayout, signingReason } from '@shared/meetings'
import { officeCertificateArgs } from '@shared/signing/report'
import { signPdfFields, type TimeZoneLabel } from '@shared/model'
import { useCertificates } from '../data/minutes-hooks'
import { renderLayout } from './service'
import { Dialog, DialogFooter } from '../ui/Dialog'
import { Field } from '../ui/Field'
import { useModelForm } from '../ui/model-form'
import { Notice } from '../ui/Notice'
import { errorText } from '../ui/error-text'
import { TechnicalDetails } from '../ui/TechnicalDetails'
import { settingsHref } from '../features/pengaturan/sections'

/** What a signed PDF says about itself: the document, the meeting, where and in which time zone it was signed. */
export interface SigningProps {
  documentLabel: string
  meetingTitle: string
  location: string
  zone: TimeZoneLabel
}

/** The signature's honest name (docs/signing.md); not PAdES. */
export const SIGNATURE_NAME = 'tanda tangan digital'
/** The signature's format, for "Rincian teknis". */
export const SIGNATURE_FORMAT = 'Tanda tangan PKCS#7 terlepas (SubFilter adbe.pkcs7.detached) dengan sidik SHA-256, dapat diperiksa di Adobe Acrobat Reader.'

/**
 * "Simpan PDF bertanda tangan digital": asks which certificate and its password (never stored), adds
 * the visible block (who, when, fingerprint, QR code), renders the PDF, has it signed with the .p12
 * and saves it. Works for any document's layout.
 */
export function SignedPdfButton({
  fileName,
  documentLabel,
  meetingTitle,
  location,
  zone,
  build,
  disabled,
  variant = 'main'
}: SigningProps & {
  fileName: string
  build: () => Promise<DocumentLayout> | DocumentLayout
  disabled?: boolean
  /** main: the document's own action (the Kesimpulan); option: offered beside any document's Save buttons. */
  variant?: 'main' | 'option'
}) {
  const certificates = useCertificates()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'info'; text: string } | null>(null)
  const { register, handleSubmit, formState, reset, resetField, setError, setFocus } = useModelForm(signPdfFields, { defaultValues: { certificateId: '', password: '' } })
  // The password lives only while the dialog is open and the attempt is under way: cleared on close and on failure.
  const close = () => {
    reset({ certificateId: '', password: '' })
    setOpen(false)
  }
  const openDialog = () => {
    setMessage(null)
    reset({ certificateId: certificates?.[0]?.id ?? '', password: '' })
    setOpen(true)
  }
  useEffect(() => {
    if (open && certificates && certificates.length > 0) setFocus('password')
  }, [open, certificates, setFocus])

  const sign = handleSubmit(async ({ certificateId, password }) => {
    // Opened before the list had loaded: the select shows the first certificate.
    const chosen = certificates?.find((c) => c.id === certificateId) ?? (certificateId === '' ? certificates?.[0] : undefined)
    if (!chosen) {
      setError('certificateId', { message: 'Pilih sertifikat' })
      return
    }
    setMessage(null)
    try {
      setBusy('Memeriksa sertifikat…')
      const info = await window.pkk.signing.inspectP12({ p12: chosen.p12, password })
      const signedAt = new Date()
      setBusy('Membuat PDF…')
      const { layout } = await signedLayout(await build(), info, signedAt, zone)
      const pdf = await renderLayout(layout, 'pdf')
      setBusy('Menandatangani…')
      const signed = await window.pkk.signing.signPdf({
        pdf,
        p12: chosen.p12,
        password,
        reason: signingReason(documentLabel, meetingTitle),
        location,
        signedAt: signedAt.toISOString(),
        utcOffsetMinutes: utcOffset[zone] * 60
      })
      resetField('password')
      // Checked as any reader of the file would be: against the office's certificates, the one just used among them.
      const others = officeCertificateArgs(certificates?.filter((c) => c.id !== chosen.id))
      const check = await window.pkk.signing.verifyPdf({ pdf: signed.pdf, officeCertificates: [{ p12: chosen.p12, sha256: info.sha256 }, ...others] })
      if (!check.ok) throw new Error(`PDF bertanda tangan gagal diperiksa: ${check.summary}`)
      const r = await window.pkk.saveFile({ suggestedName: `${fileName}.pdf`, kind: 'pdf', data: signed.pdf })
      close()
      setMessage(
        r.saved
          ? { kind: 'success', text: `Tersimpan: ${r.fileName}. ${check.summary}` }
          : { kind: 'info', text: 'Penyimpanan dibatalkan.' }
      )
    } catch (err) {
      resetField('password')
      setMessage({ kind: 'error', text: errorText(err) })
    } finally {
      setBusy(null)
    }
  })

  return (
    <div className="document-actions">
      <div className="toolbar">
        <button type="button" className={variant === 'main' ? 'primary' : undefined} disabled={disabled || busy !== null} onClick={openDialog}>
          Simpan PDF bertanda tangan digital
        </button>
      </div>
      {variant === 'main' && <TechnicalDetails>{SIGNATURE_FORMAT}</TechnicalDetails>}
      {!open && message && <Notice kind={message.kind}>{message.text}</Notice>}
      {open && (
        <Dialog title="Tanda tangan digital" onClose={close}>
          {certificates === undefined ? (
            <p className="muted">Memuat…</p>
          ) : certificates.length === 0 ? (
            <Notice kind="warning">
              Kantor belum memiliki sertifikat. Impor berkas .p12 atau buat sertifikat sendiri di <a href={settingsHref('sertifikat')}>Pengaturan › Sertifikat tanda tangan digital</a>.
            </Notice>
          ) : (
            <form aria-label="Tandatangani PDF" noValidate onSubmit={sign}>
              <p>
                {documentLabel} ditandatangani dengan {SIGNATURE_NAME}. Blok tanda tangan di halaman terakhir memuat nama penanda tangan, waktu, sidik
                SHA-256 isi dokumen dan kode QR.
              </p>
              <Field label="Sertifikat" error={formState.errors.certificateId?.message}>
                {(p) => (
                  <select {...p} {...register('certificateId')}>
                    {certificates.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                        {c.selfSigned && !c.label.endsWith('(buatan sendiri)') ? ' (buatan sendiri)' : ''}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label="Kata sandi sertifikat" error={formState.errors.password?.message} hint="Kata sandi tidak disimpan; ditanyakan setiap kali menandatangani.">
                {(p) => <input {...p} type="password" autoComplete="off" {...register('password')} />}
              </Field>
              {busy && (
                <p role="status" className="muted">
                  {busy}
                </p>
              )}
              {message && <Notice kind={message.kind}>{message.text}</Notice>}
              <DialogFooter primary={{ label: 'Tandatangani dan simpan', disabled: busy !== null }} />
            </form>
          )}
        </Dialog>
      )}
    </div>
  )
}
