import { useState } from 'react'
import { rosterEntryNamed, type RosterEntry } from '@shared/meetings'
import { walkInFields, type WalkInFields } from '@shared/model'
import { addWalkIn } from '../../data/attendance-repo'
import { getDb } from '../../data/db'
import { useModelForm } from '../../ui/model-form'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

const empty: WalkInFields = { name: '', position: '', organisation: '', note: '' }

/** "Tambah peserta tidak terdaftar": someone who came without being on the invitation list. */
export function WalkInDialog({ meetingId, day, roster, onClose }: { meetingId: string; day: string; roster: readonly RosterEntry[]; onClose: () => void }) {
  const { register, handleSubmit, reset, setError, setFocus, formState } = useModelForm<WalkInFields>(walkInFields, { defaultValues: empty, mode: 'onSubmit' })
  const [added, setAdded] = useState<string[]>([])
  const [error, setErrorText] = useState<string | null>(null)
  const e = formState.errors

  const submit = (again: boolean) =>
    handleSubmit(async (fields) => {
      // Someone already on the list (invited, or added a moment ago) is marked on her own row, not added twice.
      const there = rosterEntryNamed(roster, fields.name)
      if (there) {
        const where = there.walkIn ? 'sudah dicatat sebagai peserta tidak terdaftar' : 'sudah ada di daftar undangan'
        setError('name', { message: `${there.name} ${where}. Tutup dialog ini, lalu tandai kehadirannya pada barisnya.` })
        setFocus('name')
        return
      }
      try {
        await addWalkIn(getDb(), meetingId, day, fields)
        setAdded((a) => [...a, fields.name])
        if (again) {
          reset(empty)
          setFocus('name')
        } else onClose()
      } catch (err) {
        setErrorText(errorText(err))
      }
    })

  return (
    <Dialog title="Tambah peserta tidak terdaftar" onClose={onClose} dirty={formState.isDirty}>
      <form onSubmit={(ev) => void submit(false)(ev)} noValidate aria-label="Peserta tidak terdaftar">
        <p className="muted small">Peserta yang hadir tanpa tercantum dalam daftar undangan. Dicatat hadir pada hari ini.</p>
        <Field label="Nama" error={e.name?.message}>
          {(p) => <input {...p} autoFocus {...register('name')} />}
        </Field>
        <Field label="Jabatan" error={e.position?.message}>
          {(p) => <input {...p} {...register('position')} />}
        </Field>
        <Field label="Instansi" error={e.organisation?.message}>
          {(p) => <input {...p} {...register('organisation')} />}
        </Field>
        <Field label="Keterangan" error={e.note?.message}>
          {(p) => <input {...p} {...register('note')} />}
        </Field>
        {added.length > 0 && <Notice kind="success">Ditambahkan: {added.join(', ')}.</Notice>}
        {error && <Notice kind="error">{error}</Notice>}
        <DialogFooter
          cancel="Tutup"
          extra={
            <button type="button" onClick={() => void submit(true)()}>
              Simpan dan tambah lagi
            </button>
          }
          primary={{ label: 'Simpan' }}
        />
      </form>
    </Dialog>
  )
}
