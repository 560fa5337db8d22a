import { useState } from 'react'
import { compareText, type ContactsDirectory, type GroupRow } from '@shared/contacts'
import type { Group } from '@shared/model'
import { getDb } from '../../data/db'
import { deleteGroup } from '../../data/contacts-repo'
import { ConfirmDialog } from './ConfirmDialog'
import { ContactList, DeleteCell, EditCell, useContactList } from './ContactList'
import { GroupDialog } from './GroupDialog'
import { count, SortHeader } from './table'

type GroupSort = 'name' | 'people' | 'organisations'
const compare: Record<GroupSort, (a: GroupRow, b: GroupRow) => number> = {
  name: (a, b) => compareText(a.group.name, b.group.name),
  people: (a, b) => a.peopleCount - b.peopleCount,
  organisations: (a, b) => a.organisationCount - b.organisationCount
}

export function GroupsTab({ directory }: { directory: ContactsDirectory }) {
  // A handful of groups: all are shown, no paging and no count.
  const list = useContactList(directory.groups, 'name', compare, { paged: false })
  const { header } = list
  const [editing, setEditing] = useState<Group | 'new' | null>(null)
  const [deleting, setDeleting] = useState<GroupRow | null>(null)

  return (
    <ContactList
      list={list}
      label="Daftar kelompok"
      searchLabel="Cari kelompok"
      searchPlaceholder="Cari kelompok…"
      addLabel="Tambah kelompok"
      onAdd={() => setEditing('new')}
      columns={
        <>
          <SortHeader label="Nama kelompok" column="name" {...header} />
          <th>Keterangan</th>
          <SortHeader label="Orang" column="people" {...header} className="num" />
          <SortHeader label="Organisasi" column="organisations" {...header} className="num" />
        </>
      }
      colSpan={5}
      emptyText={
        directory.groups.length === 0
          ? 'Belum ada kelompok. Contoh kelompok: Pengurus TP PKK, OPD Terkait, TP PKK Kabupaten/Kota.'
          : 'Tidak ada yang cocok dengan pencarian.'
      }
      dialogs={
        <>
          {editing && <GroupDialog group={editing === 'new' ? undefined : editing} directory={directory} onClose={() => setEditing(null)} />}
          {deleting && (
            <ConfirmDialog title="Hapus kelompok?" confirmLabel="Hapus kelompok" onConfirm={() => deleteGroup(getDb(), deleting.group.id)} onClose={() => setDeleting(null)}>
              <p>
                Kelompok <strong>{deleting.group.name}</strong> akan dihapus. Anggotanya ({count(deleting.peopleCount)} orang,{' '}
                {count(deleting.organisationCount)} organisasi) tetap ada di buku kontak.
              </p>
            </ConfirmDialog>
          )}
        </>
      }
    >
      {list.shown.map((r) => (
        <tr key={r.group.id}>
          <EditCell name={r.group.name} title="Ubah kelompok dan anggotanya" onEdit={() => setEditing(r.group)} />
          <td>{r.group.description}</td>
          <td className="num">{count(r.peopleCount)}</td>
          <td className="num">{count(r.organisationCount)}</td>
          <DeleteCell name={r.group.name} onDelete={() => setDeleting(r)} />
        </tr>
      ))}
    </ContactList>
  )
}
