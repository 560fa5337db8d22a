import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { compareText, filterRows, type ContactsDirectory, type OrganisationRow } from '@shared/contacts'
import { organisationKindLabel, type Organisation } from '@shared/model'
import { getDb } from '../../data/db'
import { deleteOrganisation } from '../../data/contacts-repo'
import { ConfirmDialog } from './ConfirmDialog'
import { OrganisationDialog } from './OrganisationDialog'
import { count, EmptyRow, PAGE_SIZE, SearchBox, ShowMore, SortHeader, sortBy, useSort } from './table'

type OrgSort = 'name' | 'kind' | 'headTitle' | 'people'
const compare: Record<OrgSort, (a: OrganisationRow, b: OrganisationRow) => number> = {
  name: (a, b) => compareText(a.organisation.name, b.organisation.name),
  kind: (a, b) => compareText(organisationKindLabel[a.organisation.kind], organisationKindLabel[b.organisation.kind]) || compareText(a.organisation.name, b.organisation.name),
  headTitle: (a, b) => compareText(a.organisation.headTitle, b.organisation.headTitle),
  people: (a, b) => a.peopleCount - b.peopleCount || compareText(a.organisation.name, b.organisation.name)
}

export function OrganisationsTab({ directory }: { directory: ContactsDirectory }) {
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const { sort, toggle } = useSort<OrgSort>('name')
  const [limit, setLimit] = useState(PAGE_SIZE)
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null)
  const [deleting, setDeleting] = useState<OrganisationRow | null>(null)

  useEffect(() => setLimit(PAGE_SIZE), [deferredQuery, sort])
  const rows = useMemo(() => sortBy(filterRows(directory.organisations, deferredQuery), sort, compare), [directory.organisations, deferredQuery, sort])
  const header = { sort, onSort: toggle }

  return (
    <section aria-label="Daftar organisasi">
      <div className="toolbar">
        <SearchBox value={query} onChange={setQuery} label="Cari organisasi" placeholder="Cari nama organisasi, jabatan pimpinan, alamat…" />
        <span className="muted" aria-live="polite">
          {count(rows.length)} organisasi
        </span>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Tambah organisasi
        </button>
      </div>
      <div className="table-wrap kontak-table">
        <table className="data">
          <thead>
            <tr>
              <SortHeader label="Nama organisasi" column="name" {...header} className="col-org-wide" />
              <SortHeader label="Jenis" column="kind" {...header} />
              <SortHeader label="Jabatan pimpinan" column="headTitle" {...header} />
              <SortHeader label="Orang" column="people" {...header} className="num" />
              <th>Kelompok</th>
              <th className="col-actions">
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <EmptyRow colSpan={6}>{directory.organisations.length === 0 ? 'Belum ada organisasi.' : 'Tidak ada yang cocok dengan pencarian.'}</EmptyRow>
            )}
            {rows.slice(0, limit).map((r) => (
              <tr key={r.organisation.id}>
                <td className="col-org-wide">
                  <button type="button" className="link" onClick={() => setEditing(r.organisation)} title="Ubah organisasi ini">
                    {r.organisation.name}
                  </button>
                </td>
                <td className="nowrap">{organisationKindLabel[r.organisation.kind]}</td>
                <td>{r.organisation.headTitle}</td>
                <td className="num">{count(r.peopleCount)}</td>
                <td>
                  {r.groupNames.map((g) => (
                    <span key={g} className="badge">
                      {g}
                    </span>
                  ))}
                </td>
                <td className="col-actions">
                  <button type="button" className="small danger" onClick={() => setDeleting(r)} aria-label={`Hapus ${r.organisation.name}`}>
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore shown={Math.min(limit, rows.length)} total={rows.length} onMore={() => setLimit((l) => l + PAGE_SIZE)} />
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
    </section>
  )
}
