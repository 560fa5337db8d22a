import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react'
import { filterRows } from '@shared/contacts'
import { EmptyRow, PAGE_SIZE, SearchBox, ShowMore, sortBy, useSort } from './table'

/**
 * Search, sort and (when paged) a page at a time, for one tab of the contact book.
 * Paging starts over whenever the search or the sort changes.
 */
export function useContactList<T extends { key: string }, K extends string>(
  all: readonly T[],
  initialSort: NoInfer<K>,
  compare: Record<K, (a: T, b: T) => number>,
  { paged }: { paged: boolean }
) {
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const { sort, toggle } = useSort<K>(initialSort)
  const [limit, setLimit] = useState(paged ? PAGE_SIZE : Infinity)
  useEffect(() => setLimit(paged ? PAGE_SIZE : Infinity), [deferredQuery, sort, paged])
  const rows = useMemo(() => sortBy(filterRows(all, deferredQuery), sort, compare), [all, deferredQuery, sort, compare])
  return {
    query,
    setQuery,
    deferredQuery,
    /** Props for every SortHeader of the table. */
    header: { sort, onSort: toggle },
    /** Every row that matches the search, sorted. */
    rows,
    /** The rows on screen now. */
    shown: rows.slice(0, limit),
    limit,
    showMore: () => setLimit((l) => l + PAGE_SIZE)
  }
}

export type ContactListState = Pick<ReturnType<typeof useContactList>, 'query' | 'setQuery' | 'rows' | 'limit' | 'showMore'>

/**
 * One tab of the contact book: a toolbar (search, status, add button), a sortable table whose last column holds
 * the row actions, the "show more" line, and the tab's dialogs.
 */
export function ContactList({
  list,
  label,
  searchLabel,
  searchPlaceholder,
  status,
  addLabel,
  onAdd,
  columns,
  colSpan,
  emptyText,
  dialogs,
  children
}: {
  list: ContactListState
  /** The accessible name of the section. */
  label: string
  searchLabel: string
  searchPlaceholder: string
  /** A live count next to the search box, if the tab shows one. */
  status?: ReactNode
  addLabel: string
  onAdd: () => void
  /** The header cells before the actions column. */
  columns: ReactNode
  colSpan: number
  /** Said in the table when no row matches. */
  emptyText: ReactNode
  dialogs: ReactNode
  /** The table rows. */
  children: ReactNode
}) {
  const { rows, limit } = list
  return (
    <section aria-label={label}>
      <div className="toolbar">
        <SearchBox value={list.query} onChange={list.setQuery} label={searchLabel} placeholder={searchPlaceholder} />
        {status !== undefined && (
          <span className="muted" aria-live="polite">
            {status}
          </span>
        )}
        <span className="spacer" />
        <button type="button" className="primary" onClick={onAdd}>
          {addLabel}
        </button>
      </div>
      <div className="table-wrap kontak-table">
        <table className="data">
          <thead>
            <tr>
              {columns}
              <th className="col-actions">
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && <EmptyRow colSpan={colSpan}>{emptyText}</EmptyRow>}
            {children}
          </tbody>
        </table>
      </div>
      <ShowMore shown={Math.min(limit, rows.length)} total={rows.length} onMore={list.showMore} />
      {dialogs}
    </section>
  )
}

/** The first cell of a row: its name, as a link-styled button that opens the edit dialog. */
export function EditCell({ name, title, onEdit, className, children }: { name: string; title: string; onEdit: () => void; className?: string; children?: ReactNode }) {
  return (
    <td className={className}>
      <button type="button" className="link" onClick={onEdit} title={title}>
        {name}
      </button>
      {children}
    </td>
  )
}

export function GroupBadgesCell({ names }: { names: readonly string[] }) {
  return (
    <td>
      {names.map((g) => (
        <span key={g} className="badge">
          {g}
        </span>
      ))}
    </td>
  )
}

/** The actions cell: "Hapus", named after the row for screen readers. */
export function DeleteCell({ name, onDelete }: { name: string; onDelete: () => void }) {
  return (
    <td className="col-actions">
      <button type="button" className="small danger" onClick={onDelete} aria-label={`Hapus ${name}`}>
        Hapus
      </button>
    </td>
  )
}
