import { useDeferredValue, useMemo, useState } from 'react'
import { compareText, filterRows, type ContactsDirectory, type GroupRow } from '@shared/contacts'
import type { Group } from '@shared/model'
import { getDb } from '../../data/db'
import { deleteGroup } from '../../data/contacts-repo'
import { ConfirmDialog } from './ConfirmDialog'
import { GroupDialog } from './GroupDialog'
import { count, EmptyRow, SearchBox, SortHeader, sortBy, useSort } from './table'

type GroupSort = 'name' | 'people' | 'organisations'
const compare: Record<GroupSort, (a: GroupRow, b: GroupRow) => number> = {
  name: (a, b) => compareText(a.group.name, b.group.name),
  people: (a, b) => a.peopleCount - b.peopleCount,
  organisations: (a, b) => a.organisationCount - b.organisationCount
}

export function GroupsTab({ directory }: { directory: ContactsDirectory }) {
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const { sort, toggle } = useSort<GroupSort>('name')
  const [editing, setEditing] = useState<Group | 'new' | null>(null)
  const [deleting, setDeleting] = useState<GroupRow | null>(null)
  const rows = useMemo(() => sortBy(filterRows(directory.groups, deferredQuery), sort, compare), [directory.groups, deferredQuery, sort])
  const header = { sort, onSort: toggle }

  return (
    <section aria-label="Daftar kelompok">
      <div className="toolbar">
        <SearchBox value={query} onChange={setQuery} label="Cari kelompok" placeholder="Cari kelompok…" />
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Tambah kelompok
        </button>
      </div>
      <div className="table-wrap kontak-table">
        <table className="data">
          <thead>
            <tr>
              <SortHeader label="Nama kelompok" column="name" {...header} />
              <th>Keterangan</th>
              <SortHeader label="Orang" column="people" {...header} className="num" />
              <SortHeader label="Organisasi" column="organisations" {...header} className="num" />
              <th className="col-actions">
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <EmptyRow colSpan={5}>
                {directory.groups.length === 0
                  ? 'Belum ada kelompok. Contoh kelompok: Pengurus TP PKK, OPD Terkait, TP PKK Kabupaten/Kota.'
                  : 'Tidak ada yang cocok dengan pencarian.'}
              </EmptyRow>
            )}
            {rows.map((r) => (
              <tr key={r.group.id}>
                <td>
                  <button type="button" className="link" onClick={() => setEditing(r.group)} title="Ubah kelompok dan anggotanya">
                    {r.group.name}
                  </button>
                </td>
                <td>{r.group.description}</td>
                <td className="num">{count(r.peopleCount)}</td>
                <td className="num">{count(r.organisationCount)}</td>
                <td className="col-actions">
                  <button type="button" className="small danger" onClick={() => setDeleting(r)} aria-label={`Hapus ${r.group.name}`}>
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && <GroupDialog group={editing === 'new' ? undefined : editing} directory={directory} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog title="Hapus kelompok?" confirmLabel="Hapus kelompok" onConfirm={() => deleteGroup(getDb(), deleting.group.id)} onClose={() => setDeleting(null)}>
          <p>
            Kelompok <strong>{deleting.group.name}</strong> akan dihapus. Anggotanya ({count(deleting.peopleCount)} orang,{' '}
            {count(deleting.organisationCount)} organisasi) tetap ada di buku kontak.
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}
