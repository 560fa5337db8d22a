import { useState, type ReactNode } from 'react'
import { sortRows, type SortDirection } from '@shared/contacts'

export interface SortState<K extends string> {
  key: K
  direction: SortDirection
}

/** Column sorting: the first click sorts ascending, a second click on the same column descending. */
export function useSort<K extends string>(initial: K) {
  const [sort, setSort] = useState<SortState<K>>({ key: initial, direction: 'asc' })
  const toggle = (key: K) => setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }))
  return { sort, toggle }
}

export function sortBy<T, K extends string>(rows: readonly T[], sort: SortState<K>, compare: Record<K, (a: T, b: T) => number>): T[] {
  return sortRows(rows, compare[sort.key], sort.direction)
}

export function SortHeader<K extends string>({ label, column, sort, onSort, className }: { label: string; column: K; sort: SortState<K>; onSort: (k: K) => void; className?: string }) {
  const active = sort.key === column
  return (
    <th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={className}>
      <button type="button" className="sort" onClick={() => onSort(column)} title={`Urutkan menurut ${label.toLowerCase()}`}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  )
}

export const PAGE_SIZE = 100

/** Rendering 5,000 rows at once makes typing lag; the list grows by a page on request. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null
  return (
    <div className="show-more">
      <span className="muted">
        Menampilkan {shown.toLocaleString('id-ID')} dari {total.toLocaleString('id-ID')}.
      </span>{' '}
      <button type="button" onClick={onMore}>
        Tampilkan {Math.min(PAGE_SIZE, total - shown).toLocaleString('id-ID')} lagi
      </button>
    </div>
  )
}

export function SearchBox({ value, onChange, label, placeholder }: { value: string; onChange: (v: string) => void; label: string; placeholder: string }) {
  return (
    <input
      type="search"
      className="search-box"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value) {
          e.preventDefault()
          e.stopPropagation()
          onChange('')
        }
      }}
    />
  )
}

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="muted empty-row">
        {children}
      </td>
    </tr>
  )
}

export const count = (n: number) => n.toLocaleString('id-ID')
