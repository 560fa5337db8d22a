import { useState } from 'react'
import { compareText, type ContactsDirectory, type OrganisationRow } from '@shared/contacts'
import { organisationKindLabel, type Organisation } from '@shared/model'
import { getDb } from '../../data/db'
import { deleteOrganisation } from '../../data/contacts-repo'
import { ConfirmDialog } from './ConfirmDialog'
import { ContactList, DeleteCell, EditCell, GroupBadgesCell, useContactList } from './ContactList'
import { OrganisationDialog } from './OrganisationDialog'
import { count, SortHeader } from './table'

type OrgSort = 'name' | 'kind' | 'headTitle' | 'people'
const compare: Record<OrgSort, (a: OrganisationRow, b: OrganisationRow) => number> = {
  name: (a, b) => compareText(a.organisation.name, b.organisation.name),
  kind: (a, b) => compareText(organisationKindLabel[a.organisation.kind], organisationKindLabel[b.organisation.kind]) || compareText(a.organisation.name, b.organisation.name),
  headTitle: (a, b) => compareText(a.organisation.headTitle, b.organisation.headTitle),
  people: (a, b) => a.peopleCount - b.peopleCount || compareText(a.organisation.name, b.organisation.name)
}

export function OrganisationsTab({ directory }: { directory: ContactsDirectory }) {
  const list = useContactList(directory.organisations, 'name', compare, { paged: true })
  const { header } = list
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null)
  const [deleting, setDeleting] = useState<OrganisationRow | null>(null)

  return (
    <ContactList
      list={list}
      label="Daftar organisasi"
      searchLabel="Cari organisasi"
      searchPlaceholder="Cari nama organisasi, jabatan pimpinan, alamat…"
      status={`${count(list.rows.length)} organisasi`}
      addLabel="Tambah organisasi"
      onAdd={() => setEditing('new')}
      columns={
        <>
          <SortHeader label="Nama organisasi" column="name" {...header} className="col-org-wide" />
          <SortHeader label="Jenis" column="kind" {...header} />
          <SortHeader label="Jabatan pimpinan" column="headTitle" {...header} />
          <SortHeader label="Orang" column="people" {...header} className="num" />
          <th>Kelompok</th>
        </>
      }
      colSpan={6}
      emptyText={directory.organisations.length === 0 ? 'Belum ada organisasi.' : 'Tidak ada yang cocok dengan pencarian.'}
      dialogs={
        <>
          {editing && <OrganisationDialog organisation={editing === 'new' ? undefined : editing} directory={directory} onClose={() => setEditing(null)} />}
          {deleting && (
            <ConfirmDialog
              title="Hapus organisasi?"
              confirmLabel={deleting.peopleCount > 0 ? `Hapus dan lepaskan ${count(deleting.peopleCount)} orang` : 'Hapus'}
              onConfirm={() => deleteOrganisation(getDb(), deleting.organisation.id, { unlinkPeople: true })}
              onClose={() => setDeleting(null)}
            >
              <p>
                <strong className="break">{deleting.organisation.name}</strong> akan dihapus dari buku kontak.
              </p>
              {deleting.peopleCount > 0 && (
                <p>
                  Organisasi ini dipakai oleh <strong>{count(deleting.peopleCount)} orang</strong>. Orang-orang itu tetap ada di buku kontak, hanya
                  tanpa organisasi.
                </p>
              )}
            </ConfirmDialog>
          )}
        </>
      }
    >
      {list.shown.map((r) => (
        <tr key={r.organisation.id}>
          <EditCell name={r.organisation.name} title="Ubah organisasi ini" onEdit={() => setEditing(r.organisation)} className="col-org-wide" />
          <td className="nowrap">{organisationKindLabel[r.organisation.kind]}</td>
          <td>{r.organisation.headTitle}</td>
          <td className="num">{count(r.peopleCount)}</td>
          <GroupBadgesCell names={r.groupNames} />
          <DeleteCell name={r.organisation.name} onDelete={() => setDeleting(r)} />
        </tr>
      ))}
    </ContactList>
  )
}
