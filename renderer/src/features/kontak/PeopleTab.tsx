import { useEffect, useMemo, useRef, useState } from 'react'
import { compareText, idsWithLikelyTwins, type ContactsDirectory, type PersonRow } from '@shared/contacts'
import type { Person } from '@shared/model'
import { getDb } from '../../data/db'
import { addPeopleToGroup, deletePerson } from '../../data/contacts-repo'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { ConfirmDialog } from './ConfirmDialog'
import { ContactList, DeleteCell, EditCell, GroupBadgesCell, useContactList } from './ContactList'
import { PersonDialog } from './PersonDialog'
import { count, SortHeader } from './table'

type PersonSort = 'name' | 'position' | 'organisation' | 'phone' | 'email'
const compare: Record<PersonSort, (a: PersonRow, b: PersonRow) => number> = {
  name: (a, b) => compareText(a.sortName, b.sortName) || compareText(a.person.name, b.person.name),
  position: (a, b) => compareText(a.person.position, b.person.position),
  organisation: (a, b) => compareText(a.organisationName, b.organisationName),
  phone: (a, b) => compareText(a.person.phone, b.person.phone),
  email: (a, b) => compareText(a.person.email, b.person.email)
}

export function PeopleTab({ directory }: { directory: ContactsDirectory }) {
  const list = useContactList(directory.people, 'name', compare, { paged: true })
  const { header } = list
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Person | null>(null)
  const twins = useMemo(() => idsWithLikelyTwins(directory.people.map((r) => r.person)), [directory.people])
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const shownIds = useMemo(() => list.shown.map((r) => r.person.id), [list.shown])
  const shownSelected = shownIds.filter((id) => selected.has(id)).length
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s)
      if (on) n.add(id)
      else n.delete(id)
      return n
    })
  // "Pilih semua": every row shown now (the search's matches on screen), added to what was chosen before.
  const selectAllShown = (on: boolean) =>
    setSelected((s) => {
      const n = new Set(s)
      for (const id of shownIds) {
        if (on) n.add(id)
        else n.delete(id)
      }
      return n
    })

  return (
    <>
      <SelectionBar directory={directory} selected={selected} onClear={() => setSelected(new Set())} />
      <ContactList
      list={list}
      label="Daftar orang"
      searchLabel="Cari orang"
      searchPlaceholder="Cari nama, jabatan, instansi, HP, e-mail…"
      status={list.deferredQuery.trim() ? `${count(list.rows.length)} ditemukan` : `${count(list.rows.length)} orang`}
      addLabel="Tambah orang"
      onAdd={() => setEditing('new')}
      columns={
        <>
          <th className="col-check">
            <SelectAllBox total={shownIds.length} chosen={shownSelected} onChange={selectAllShown} />
          </th>
          <SortHeader label="Nama" column="name" {...header} className="col-name" />
          <SortHeader label="Jabatan" column="position" {...header} />
          <SortHeader label="Instansi" column="organisation" {...header} className="col-org" />
          <SortHeader label="No. HP" column="phone" {...header} />
          <SortHeader label="E-mail" column="email" {...header} />
          <th>Kelompok</th>
        </>
      }
      colSpan={8}
      emptyText={directory.people.length === 0 ? 'Belum ada kontak. Tambahkan satu per satu atau impor dari Excel.' : 'Tidak ada yang cocok dengan pencarian.'}
      dialogs={
        <>
          {editing && <PersonDialog person={editing === 'new' ? undefined : editing} directory={directory} onClose={() => setEditing(null)} />}
          {deleting && (
            <ConfirmDialog title="Hapus orang?" confirmLabel="Hapus" onConfirm={() => deletePerson(getDb(), deleting.id)} onClose={() => setDeleting(null)}>
              <p>
                <strong>{deleting.name}</strong> akan dihapus dari buku kontak. Surat yang sudah dibuat tidak berubah.
              </p>
            </ConfirmDialog>
          )}
        </>
      }
    >
      {list.shown.map((r) => (
        <tr key={r.person.id}>
          <td className="col-check">
            <input type="checkbox" aria-label={`Pilih ${r.person.name}`} checked={selected.has(r.person.id)} onChange={(e) => toggle(r.person.id, e.target.checked)} />
          </td>
          <EditCell name={r.person.name} title="Ubah data orang ini" onEdit={() => setEditing(r.person)} className="col-name">
            {twins.has(r.person.id) && (
              <span className="badge warn" title="Ada kontak lain dengan nama, nomor HP, atau e-mail yang sama">
                mungkin ganda
              </span>
            )}
          </EditCell>
          <td>{r.person.position}</td>
          <td className="col-org">
            <span className="clamp" title={r.organisationName}>
              {r.organisationName}
            </span>
          </td>
          <td className="nowrap">{r.person.phone}</td>
          <td className="break">{r.person.email}</td>
          <GroupBadgesCell names={r.groupNames} />
          <DeleteCell name={r.person.name} onDelete={() => setDeleting(r.person)} />
        </tr>
      ))}
    </ContactList>
    </>
  )
}

/** The header's checkbox: ticks every row shown, shows "some" when only part of them is chosen. */
function SelectAllBox({ total, chosen, onChange }: { total: number; chosen: number; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = chosen > 0 && chosen < total
  }, [chosen, total])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={`Pilih semua yang tampil (${count(total)})`}
      title="Pilih semua yang tampil"
      disabled={total === 0}
      checked={total > 0 && chosen === total}
      onChange={(e) => onChange(e.target.checked)}
    />
  )
}

/** What can be done with the chosen people: put them into a group. */
function SelectionBar({ directory, selected, onClear }: { directory: ContactsDirectory; selected: ReadonlySet<string>; onClear: () => void }) {
  const [groupId, setGroupId] = useState('')
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const groups = useMemo(() => directory.groups.map((g) => g.group).sort((a, b) => compareText(a.name, b.name)), [directory.groups])
  if (selected.size === 0) return message ? <Notice kind={message.kind}>{message.text}</Notice> : null
  async function addToGroup() {
    const group = groups.find((g) => g.id === groupId)
    if (!group) {
      setMessage({ kind: 'error', text: 'Pilih dulu kelompoknya.' })
      return
    }
    try {
      const added = await addPeopleToGroup(getDb(), group.id, [...selected])
      setMessage({ kind: 'success', text: `${count(added)} orang dimasukkan ke kelompok ${group.name}${added < selected.size ? ` (${count(selected.size - added)} sudah anggota)` : ''}.` })
      onClear()
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }
  return (
    <div className="toolbar selection-bar" role="region" aria-label="Orang yang dipilih">
      <strong>{count(selected.size)} dipilih</strong>
      {groups.length > 0 ? (
        <>
          <select aria-label="Kelompok tujuan" className="fit-choice" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">— pilih kelompok —</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <button type="button" className="primary" onClick={() => void addToGroup()}>
            Masukkan ke kelompok
          </button>
        </>
      ) : (
        <span className="muted">Buat kelompok di tab Kelompok untuk memasukkan mereka sekaligus.</span>
      )}
      <button type="button" onClick={onClear}>
        Batalkan pilihan
      </button>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </div>
  )
}
