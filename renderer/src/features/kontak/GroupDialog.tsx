import { useDeferredValue, useMemo, useState } from 'react'
import { compareText, filterRows, type ContactsDirectory } from '@shared/contacts'
import { groupFields, type Group, type GroupFields } from '@shared/model'
import { getDb } from '../../data/db'
import { saveGroupWithMembers } from '../../data/contacts-repo'
import { useModelForm } from '../../ui/model-form'
import { Dialog } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { DialogFormFooter, useSaveAndClose } from './DialogForm'
import { count, SearchBox } from './table'

const MEMBER_ROWS = 150
const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s)

function MemberPicker<T extends { id: string; label: string; detail: string; key: string }>({
  title,
  items,
  selected,
  onChange
}: {
  title: string
  items: readonly T[]
  selected: ReadonlySet<string>
  onChange: (next: Set<string>) => void
}) {
  const [query, setQuery] = useState('')
  const [onlySelected, setOnlySelected] = useState(false)
  const deferred = useDeferredValue(query)
  const visible = useMemo(() => {
    const found = filterRows(items, deferred)
    return onlySelected ? found.filter((i) => selected.has(i.id)) : found
  }, [items, deferred, onlySelected, selected])
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    onChange(next)
  }
  return (
    <fieldset className="plain member-picker">
      <legend>
        {title} <span className="muted">({count(selected.size)} dipilih)</span>
      </legend>
      <div className="toolbar">
        <SearchBox value={query} onChange={setQuery} label={`Cari ${title.toLowerCase()}`} placeholder="Cari…" />
        <label className="check">
          <input type="checkbox" checked={onlySelected} onChange={(e) => setOnlySelected(e.target.checked)} />
          Hanya yang dipilih
        </label>
      </div>
      <div className="member-list">
        {visible.length === 0 && <p className="muted">Tidak ada yang cocok.</p>}
        {visible.slice(0, MEMBER_ROWS).map((i) => (
          <label key={i.id} className="check member">
            <input type="checkbox" checked={selected.has(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
            <span>
              {i.label}
              {i.detail && <span className="muted"> · {i.detail}</span>}
            </span>
          </label>
        ))}
        {visible.length > MEMBER_ROWS && (
          <p className="muted">
            {count(visible.length - MEMBER_ROWS)} lainnya tidak ditampilkan; ketik di kotak cari untuk mempersempit.
          </p>
        )}
      </div>
    </fieldset>
  )
}

/** A group (Pengurus TP PKK, OPD Terkait, TP PKK Kabupaten/Kota) and who belongs to it. */
export function GroupDialog({ group, directory, onClose }: { group?: Group; directory: ContactsDirectory; onClose: () => void }) {
  const { error, save } = useSaveAndClose(onClose)
  const form = useModelForm<GroupFields>(groupFields, { defaultValues: group ? { name: group.name, description: group.description } : { name: '', description: '' } })
  const { register, handleSubmit, formState } = form
  const e = formState.errors
  const people = useMemo(
    () =>
      [...directory.people]
        .sort((a, b) => compareText(a.sortName, b.sortName) || compareText(a.person.name, b.person.name))
        .map((r) => ({ id: r.person.id, label: r.person.name, detail: shorten([r.person.position, r.organisationName].filter(Boolean).join(', ')), key: r.key })),
    [directory.people]
  )
  const orgs = useMemo(
    () =>
      [...directory.organisations]
        .sort((a, b) => compareText(a.organisation.name, b.organisation.name))
        .map((r) => ({ id: r.organisation.id, label: r.organisation.name, detail: shorten(r.organisation.headTitle), key: r.key })),
    [directory.organisations]
  )
  const [memberPeople, setMemberPeople] = useState(() => new Set(group ? directory.people.filter((r) => r.person.groupIds.includes(group.id)).map((r) => r.person.id) : []))
  const [memberOrgs, setMemberOrgs] = useState(
    () => new Set(group ? directory.organisations.filter((r) => r.organisation.groupIds.includes(group.id)).map((r) => r.organisation.id) : [])
  )

  const onSubmit = handleSubmit((values) => save(() => saveGroupWithMembers(getDb(), values, { people: [...memberPeople], organisations: [...memberOrgs] }, group?.id)))

  return (
    <Dialog title={group ? 'Ubah kelompok' : 'Tambah kelompok'} onClose={onClose} wide dirty={formState.isDirty}>
      <form onSubmit={onSubmit} noValidate aria-label="Data kelompok">
        <div className="grid-2">
          <Field label="Nama kelompok" error={e.name?.message} hint="Contoh: Pengurus TP PKK, OPD Terkait, TP PKK Kabupaten/Kota">
            {(p) => <input {...p} {...register('name')} autoFocus autoComplete="off" />}
          </Field>
          <Field label="Keterangan" error={e.description?.message}>
            {(p) => <input {...p} {...register('description')} autoComplete="off" />}
          </Field>
        </div>
        <div className="grid-2">
          <MemberPicker title="Anggota: orang" items={people} selected={memberPeople} onChange={setMemberPeople} />
          <MemberPicker title="Anggota: organisasi" items={orgs} selected={memberOrgs} onChange={setMemberOrgs} />
        </div>
        <DialogFormFooter error={error} submitting={formState.isSubmitting} />
      </form>
    </Dialog>
  )
}
