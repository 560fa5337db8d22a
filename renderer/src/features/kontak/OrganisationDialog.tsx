import { useMemo } from 'react'
import { OrganisationDuplicateIndex, type ContactsDirectory } from '@shared/contacts'
import {
  emptyOrganisation,
  organisationFields,
  organisationKindLabel,
  organisationKinds,
  type Organisation,
  type OrganisationFields
} from '@shared/model'
import { getDb } from '../../data/db'
import { saveOrganisation } from '../../data/contacts-repo'
import { useModelForm } from '../../ui/model-form'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { DialogFormFooter, PhoneEmailFields, useSaveAndClose } from './DialogForm'
import { GroupFieldset } from './GroupChecklist'

function toValues(o: Organisation | undefined): OrganisationFields {
  if (!o) return emptyOrganisation
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = o
  return { ...emptyOrganisation, ...fields }
}

/** Adds or edits an organisation: an OPD, a TP PKK unit, or another body, with its head's title. */
export function OrganisationDialog({
  organisation,
  directory,
  onClose
}: {
  organisation?: Organisation
  directory: ContactsDirectory
  onClose: () => void
}) {
  const { error, save } = useSaveAndClose(onClose)
  const form = useModelForm<OrganisationFields>(organisationFields, { defaultValues: toValues(organisation) })
  const { register, handleSubmit, formState, watch, setValue } = form
  const e = formState.errors
  const index = useMemo(() => new OrganisationDuplicateIndex(directory.organisations.map((r) => r.organisation)), [directory.organisations])
  const [name, groupIds] = watch(['name', 'groupIds'])
  const duplicates = useMemo(() => index.match({ name }, organisation?.id), [index, name, organisation?.id])

  const onSubmit = handleSubmit((values) => save(() => saveOrganisation(getDb(), values, organisation?.id)))

  return (
    <Dialog title={organisation ? 'Ubah organisasi' : 'Tambah organisasi'} onClose={onClose} dirty={formState.isDirty}>
      <form onSubmit={onSubmit} noValidate aria-label="Data organisasi">
        <Field label="Nama organisasi" error={e.name?.message} hint="Contoh: Dinas Komunikasi dan Informatika Provinsi Sumatera Barat">
          {(p) => (
            <textarea
              {...p}
              {...register('name')}
              rows={2}
              autoFocus
              onKeyDown={(ev) => {
                // A long name wraps here, but it is one line: Enter saves, as in the other fields.
                if (ev.key === 'Enter') {
                  ev.preventDefault()
                  ev.currentTarget.form?.requestSubmit()
                }
              }}
            />
          )}
        </Field>
        <div className="grid-2">
          <Field label="Jenis" error={e.kind?.message}>
            {(p) => (
              <select {...p} {...register('kind')}>
                {organisationKinds.map((k) => (
                  <option key={k} value={k}>
                    {organisationKindLabel[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Jabatan pimpinan" error={e.headTitle?.message} hint="Untuk alamat surat, mis. Kepala Dinas Komunikasi dan Informatika">
            {(p) => <input {...p} {...register('headTitle')} autoComplete="off" />}
          </Field>
        </div>
        <Field label="Alamat" error={e.address?.message}>
          {(p) => <input {...p} {...register('address')} autoComplete="off" />}
        </Field>
        <div className="grid-2">
          <PhoneEmailFields phoneLabel="Telepon" phone={register('phone')} email={register('email')} errors={e} />
        </div>
        <GroupFieldset groups={directory.groups} value={groupIds} onChange={(ids) => setValue('groupIds', ids, { shouldDirty: true })} />
        {duplicates.length > 0 && (
          <Notice kind="warning">
            Organisasi dengan nama yang sama sudah ada: <strong>{duplicates[0]?.item.name}</strong>. Jika memang berbeda, tetap bisa disimpan.
          </Notice>
        )}
        <DialogFormFooter error={error} submitting={formState.isSubmitting} submitLabel={duplicates.length > 0 ? 'Tetap simpan' : 'Simpan'} />
      </form>
    </Dialog>
  )
}
