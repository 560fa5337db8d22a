import { useMemo, useState } from 'react'
import { compareText, idsWithLikelyTwins, type ContactsDirectory, type PersonRow } from '@shared/contacts'
import type { Person } from '@shared/model'
import { getDb } from '../../data/db'
import { deletePerson } from '../../data/contacts-repo'
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

  return (
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
          <SortHeader label="Nama" column="name" {...header} className="col-name" />
          <SortHeader label="Jabatan" column="position" {...header} />
          <SortHeader label="Instansi" column="organisation" {...header} className="col-org" />
          <SortHeader label="No. HP" column="phone" {...header} />
          <SortHeader label="E-mail" column="email" {...header} />
          <th>Kelompok</th>
        </>
      }
      colSpan={7}
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
  )
}
