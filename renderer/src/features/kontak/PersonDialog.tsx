import { useMemo } from 'react'
import { z } from 'zod'
import { compareText, describeDuplicate, PersonDuplicateIndex, type ContactsDirectory } from '@shared/contacts'
import { emptyPerson, personFields, type Person } from '@shared/model'
import { getDb } from '../../data/db'
import { savePerson } from '../../data/contacts-repo'
import { useModelForm } from '../../ui/model-form'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { DialogFormFooter, PhoneEmailFields, useSaveAndClose } from './DialogForm'
import { GroupFieldset } from './GroupChecklist'

// In the form "no organisation" is the empty option of a select.
const personForm = personFields.extend({ organisationId: z.string() })
type PersonFormValues = z.infer<typeof personForm>

function toValues(p: Person | undefined): PersonFormValues {
  if (!p) return { ...emptyPerson, organisationId: '' }
  return { name: p.name, position: p.position, organisationId: p.organisationId ?? '', phone: p.phone, email: p.email, groupIds: p.groupIds, notes: p.notes }
}

/** Adds or edits one person; warns about likely duplicates while typing, and still lets the user save. */
export function PersonDialog({ person, directory, onClose }: { person?: Person; directory: ContactsDirectory; onClose: () => void }) {
  const { error, save } = useSaveAndClose(onClose)
  const form = useModelForm<PersonFormValues>(personForm, { defaultValues: toValues(person) })
  const { register, handleSubmit, formState, watch, setValue } = form
  const e = formState.errors

  const index = useMemo(() => new PersonDuplicateIndex(directory.people.map((r) => r.person)), [directory.people])
  const organisations = useMemo(() => directory.organisations.map((r) => r.organisation).sort((a, b) => compareText(a.name, b.name)), [directory.organisations])

  const [name, phone, email, groupIds] = watch(['name', 'phone', 'email', 'groupIds'])
  const duplicates = useMemo(() => (name.trim() || phone.trim() || email.trim() ? index.match({ name, phone, email }, person?.id) : []), [index, name, phone, email, person?.id])

  const onSubmit = handleSubmit(({ organisationId, ...rest }) =>
    save(() => savePerson(getDb(), { ...rest, ...(organisationId ? { organisationId } : {}) }, person?.id))
  )

  return (
    <Dialog title={person ? 'Ubah data orang' : 'Tambah orang'} onClose={onClose} dirty={formState.isDirty}>
      <form onSubmit={onSubmit} noValidate aria-label="Data orang">
        <Field label="Nama (seperti ditulis pada surat)" error={e.name?.message} hint="Contoh: Ny. Hj. Nevi Irwan Prayitno">
          {(p) => <input {...p} {...register('name')} autoFocus autoComplete="off" />}
        </Field>
        <div className="grid-2">
          <Field label="Jabatan" error={e.position?.message} hint="Contoh: Kepala Dinas, Ketua, Sekretaris">
            {(p) => <input {...p} {...register('position')} autoComplete="off" />}
          </Field>
          <Field label="Organisasi / Instansi" error={e.organisationId?.message}>
            {(p) => (
              <select {...p} {...register('organisationId')}>
                <option value="">(tanpa organisasi)</option>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id} title={o.name}>
                    {o.name.length > 90 ? `${o.name.slice(0, 90)}…` : o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <PhoneEmailFields phoneLabel="No. HP / Telepon" phoneHint="Contoh: 0812-6600-1234" phone={register('phone')} email={register('email')} errors={e} />
        </div>
        <GroupFieldset groups={directory.groups} value={groupIds} onChange={(ids) => setValue('groupIds', ids, { shouldDirty: true })} />
        <Field label="Keterangan" error={e.notes?.message}>
          {(p) => <textarea {...p} {...register('notes')} rows={2} />}
        </Field>
        {duplicates.length > 0 && (
          <Notice kind="warning">
            <strong>Mungkin sudah ada di buku kontak:</strong>
            <ul className="tight">
              {duplicates.slice(0, 5).map((d) => (
                <li key={d.item.id}>{describeDuplicate(d)}</li>
              ))}
            </ul>
            Periksa dulu agar tidak ganda. Jika memang orang yang berbeda, tetap bisa disimpan.
          </Notice>
        )}
        <DialogFormFooter error={error} submitting={formState.isSubmitting} submitLabel={duplicates.length > 0 ? 'Tetap simpan' : 'Simpan'} />
      </form>
    </Dialog>
  )
}
