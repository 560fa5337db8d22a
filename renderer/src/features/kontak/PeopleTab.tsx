import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { compareText, filterRows, idsWithLikelyTwins, type ContactsDirectory, type PersonRow } from '@shared/contacts'
import type { Person } from '@shared/model'
import { getDb } from '../../data/db'
import { deletePerson } from '../../data/contacts-repo'
import { ConfirmDialog } from './ConfirmDialog'
import { PersonDialog } from './PersonDialog'
import { count, EmptyRow, PAGE_SIZE, SearchBox, ShowMore, SortHeader, sortBy, useSort } from './table'

type PersonSort = 'name' | 'position' | 'organisation' | 'phone' | 'email'
const compare: Record<PersonSort, (a: PersonRow, b: PersonRow) => number> = {
  name: (a, b) => compareText(a.sortName, b.sortName) || compareText(a.person.name, b.person.name),
  position: (a, b) => compareText(a.person.position, b.person.position),
  organisation: (a, b) => compareText(a.organisationName, b.organisationName),
  phone: (a, b) => compareText(a.person.phone, b.person.phone),
  email: (a, b) => compareText(a.person.email, b.person.email)
}

export function PeopleTab({ directory }: { directory: ContactsDirectory }) {
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const { sort, toggle } = useSort<PersonSort>('name')
  const [limit, setLimit] = useState(PAGE_SIZE)
  const [editing, setEditing] = useState<Person | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Person | null>(null)

  useEffect(() => setLimit(PAGE_SIZE), [deferredQuery, sort])
  const twins = useMemo(() => idsWithLikelyTwins(directory.people.map((r) => r.person)), [directory.people])
  const rows = useMemo(() => sortBy(filterRows(directory.people, deferredQuery), sort, compare), [directory.people, deferredQuery, sort])
  const header = { sort, onSort: toggle }

  return (
    <section aria-label="Daftar orang">
      <div className="toolbar">
        <SearchBox value={query} onChange={setQuery} label="Cari orang" placeholder="Cari nama, jabatan, instansi, HP, e-mail…" />
        <span className="muted" aria-live="polite">
          {deferredQuery.trim() ? `${count(rows.length)} ditemukan` : `${count(rows.length)} orang`}
        </span>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Tambah orang
        </button>
      </div>
      <div className="table-wrap kontak-table">
        <table className="data">
          <thead>
            <tr>
              <SortHeader label="Nama" column="name" {...header} className="col-name" />
              <SortHeader label="Jabatan" column="position" {...header} />
              <SortHeader label="Instansi" column="organisation" {...header} className="col-org" />
              <SortHeader label="No. HP" column="phone" {...header} />
              <SortHeader label="E-mail" column="email" {...header} />
              <th>Kelompok</th>
              <th className="col-actions">
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <EmptyRow colSpan={7}>
                {directory.people.length === 0 ? 'Belum ada kontak. Tambahkan satu per satu atau impor dari Excel.' : 'Tidak ada yang cocok dengan pencarian.'}
              </EmptyRow>
            )}
            {rows.slice(0, limit).map((r) => (
              <tr key={r.person.id}>
                <td className="col-name">
                  <button type="button" className="link" onClick={() => setEditing(r.person)} title="Ubah data orang ini">
                    {r.person.name}
                  </button>
                  {twins.has(r.person.id) && (
                    <span className="badge warn" title="Ada kontak lain dengan nama, nomor HP, atau e-mail yang sama">
                      mungkin ganda
                    </span>
                  )}
                </td>
                <td>{r.person.position}</td>
                <td className="col-org">
                  <span className="clamp" title={r.organisationName}>
                    {r.organisationName}
                  </span>
                </td>
                <td className="nowrap">{r.person.phone}</td>
                <td className="break">{r.person.email}</td>
                <td>
                  {r.groupNames.map((g) => (
                    <span key={g} className="badge">
                      {g}
                    </span>
                  ))}
                </td>
                <td className="col-actions">
                  <button type="button" className="small danger" onClick={() => setDeleting(r.person)} aria-label={`Hapus ${r.person.name}`}>
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore shown={Math.min(limit, rows.length)} total={rows.length} onMore={() => setLimit((l) => l + PAGE_SIZE)} />
      {editing && <PersonDialog person={editing === 'new' ? undefined : editing} directory={directory} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog title="Hapus orang?" confirmLabel="Hapus" onConfirm={() => deletePerson(getDb(), deleting.id)} onClose={() => setDeleting(null)}>
          <p>
            <strong>{deleting.name}</strong> akan dihapus dari buku kontak. Surat yang sudah dibuat tidak berubah.
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}
