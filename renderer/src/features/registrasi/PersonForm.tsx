import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { rosterEntryNamed } from '@shared/meetings'
import type { RegistrationEntry } from '@shared/meetings/registration-search'
import { requiredText, text, type WalkInFields } from '@shared/model'
import { Field } from '../../ui/Field'

const personFields = z.object({
  name: requiredText(200, 'Nama'),
  position: text(500),
  organisation: text(500)
})
type PersonFields = z.infer<typeof personFields>

/**
 * Who she is, when she is not the invitee herself: a delegate gives her name and jabatan (the instansi is
 * the invitee's), a walk-in her name, jabatan and instansi. Then she signs.
 */
export function PersonForm({
  kind,
  title,
  entries = [],
  onBack,
  onDone
}: {
  kind: 'delegate' | 'walk-in'
  title: string
  entries?: readonly RegistrationEntry[]
  onBack: () => void
  onDone: (fields: WalkInFields) => void
}) {
  const { register, handleSubmit, setError, formState } = useForm<PersonFields>({
    resolver: zodResolver(personFields),
    defaultValues: { name: '', position: '', organisation: '' }
  })
  const e = formState.errors
  const submit = handleSubmit((v) => {
    // Someone on the list already (invited, or added earlier today) finds her own line instead of a second one.
    const there = kind === 'walk-in' ? rosterEntryNamed(entries.map((x) => ({ ...x, removed: false })), v.name) : undefined
    if (there) {
      setError('name', { message: `${there.name} sudah ada di daftar. Tekan “Kembali”, lalu cari nama tersebut.` })
      return
    }
    onDone({ name: v.name, position: v.position, organisation: v.organisation, note: '' })
  })
  return (
    <form className="kiosk-screen kiosk-form" aria-label={title} onSubmit={(ev) => void submit(ev)} noValidate>
      <h2 className="kiosk-title">{title}</h2>
      <p className="kiosk-hint">{kind === 'delegate' ? 'Tulis nama dan jabatan Anda sendiri, lalu tanda tangan.' : 'Tulis data Anda, lalu tanda tangan. Anda dicatat hadir hari ini.'}</p>
      <Field label={kind === 'delegate' ? 'Nama Anda' : 'Nama'} error={e.name?.message}>
        {(p) => <input {...p} autoFocus autoComplete="off" {...register('name')} />}
      </Field>
      <Field label={kind === 'delegate' ? 'Jabatan Anda' : 'Jabatan'} error={e.position?.message}>
        {(p) => <input {...p} autoComplete="off" {...register('position')} />}
      </Field>
      {kind === 'walk-in' && (
        <Field label="Instansi" error={e.organisation?.message}>
          {(p) => <input {...p} autoComplete="off" {...register('organisation')} />}
        </Field>
      )}
      <div className="kiosk-actions">
        <button type="submit" className="kiosk-button primary">
          Lanjut ke tanda tangan
        </button>
        <button type="button" className="kiosk-button" onClick={onBack}>
          Kembali
        </button>
      </div>
    </form>
  )
}
