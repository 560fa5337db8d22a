import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react'
import type { RosterEntry } from '@shared/meetings'
import type { AttendanceStatus } from '@shared/model'
import { AttendanceRow, recordable, rowKey, STATUS_KEYS, type RowActions, type TimeField } from './AttendanceRow'

const byKey = new Map(STATUS_KEYS.map(({ status, key }) => [key.toLowerCase(), status]))

export interface TableHandlers {
  status(entry: RosterEntry, status: AttendanceStatus): void
  delegate(entry: RosterEntry, name: string, position: string): void
  note(entry: RosterEntry, note: string): void
  /** Arrival or departure as she typed it ("09.40"; empty takes it away). */
  time(entry: RosterEntry, which: TimeField, typed: string): void
  remove(entry: RosterEntry): void
}

/** What the page asks of the table: Enter in the search box selects the first row shown. */
export interface TableHandle {
  focusRow(index: number): void
}

/**
 * One row per participant, entered from the keyboard: H, W, I, T set the status of the focused row
 * and move on (W first opens the delegate's name), B clears it, arrows and Enter move, N goes to
 * Keterangan. Rows are memoised, so ticking one of 500 re-renders one. At the door she searches instead:
 * after a mark, `afterMark` may take the focus back (to the search box) instead of moving down a row.
 */
export function AttendanceTable({
  entries,
  numbers,
  handlers,
  handle,
  afterMark,
  clock
}: {
  entries: RosterEntry[]
  numbers: Map<string, number>
  handlers: TableHandlers
  handle?: Ref<TableHandle>
  /** Called after H, I or T marked a row; returns true when it took the focus elsewhere. */
  afterMark?: () => boolean
  /** An ISO instant on the office's wall clock, "09.40". */
  clock: (iso: string) => string
}) {
  const [active, setActive] = useState(0)
  const body = useRef<HTMLTableSectionElement>(null)
  const handlersRef = useRef(handlers)
  handlersRef.current = handlers
  const count = entries.length
  useEffect(() => {
    if (active > count - 1) setActive(Math.max(count - 1, 0))
  }, [active, count])

  const rowAt = (i: number) => body.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${i}"]`) ?? null
  const focusRow = useCallback((i: number) => {
    setActive(i)
    const tr = body.current?.querySelector<HTMLTableRowElement>(`tr[data-index="${i}"]`)
    if (tr && document.activeElement !== tr) {
      tr.focus({ preventScroll: true })
      tr.scrollIntoView({ block: 'nearest' })
    }
  }, [])
  useImperativeHandle(handle, () => ({ focusRow }), [focusRow])
  const afterMarkRef = useRef(afterMark)
  afterMarkRef.current = afterMark
  const entriesRef = useRef(entries)
  entriesRef.current = entries
  // W asks for the delegate's name: its field appears once the status is stored, then takes the focus.
  const pendingDelegate = useRef<string | null>(null)
  useEffect(() => {
    const key = pendingDelegate.current
    if (!key) return
    const input = body.current?.querySelector<HTMLInputElement>(`tr[data-key="${CSS.escape(key)}"] input.delegate`)
    if (input) {
      pendingDelegate.current = null
      input.focus()
    }
  })

  const actions = useMemo<RowActions>(
    () => ({
      status: (e, s) => handlersRef.current.status(e, s),
      delegate: (e, n, p) => handlersRef.current.delegate(e, n, p),
      note: (e, n) => handlersRef.current.note(e, n),
      time: (e, w, t) => handlersRef.current.time(e, w, t),
      remove: (e) => handlersRef.current.remove(e),
      rowFocused: (i) => setActive(i),
      fieldKey: (ev, index) => {
        if (ev.key === 'Enter') {
          ev.preventDefault()
          ev.currentTarget.blur()
          if (!afterMarkRef.current?.()) focusRow(Math.min(index + 1, entriesRef.current.length - 1))
        } else if (ev.key === 'Escape') {
          ev.preventDefault()
          ev.currentTarget.blur()
          focusRow(index)
        }
      }
    }),
    [focusRow]
  )

  function onKeyDown(ev: KeyboardEvent<HTMLTableSectionElement>) {
    const target = ev.target as HTMLElement
    if (target.tagName !== 'TR' || ev.ctrlKey || ev.metaKey || ev.altKey) return
    const index = Number(target.dataset['index'] ?? active)
    const entry = entries[index]
    if (!entry) return
    const last = count - 1
    const move = (i: number) => {
      ev.preventDefault()
      focusRow(Math.max(0, Math.min(i, last)))
    }
    const key = ev.key.toLowerCase()
    if (ev.key === 'ArrowDown' || ev.key === 'Enter') return move(index + 1)
    if (ev.key === 'ArrowUp') return move(index - 1)
    if (ev.key === 'Home') return move(0)
    if (ev.key === 'End') return move(last)
    if (ev.key === 'PageDown') return move(index + 10)
    if (ev.key === 'PageUp') return move(index - 10)
    const status = byKey.get(key)
    if ((status || key === 'b') && recordable(entry) && !entry.walkIn && !entry.removed) {
      ev.preventDefault()
      handlers.status(entry, status ?? 'belum')
      if (status === 'diwakili') {
        // The delegate's name is asked for at once; Enter there saves and goes on.
        const input = rowAt(index)?.querySelector<HTMLInputElement>('input.delegate')
        if (input) input.focus()
        else pendingDelegate.current = rowKey(entry)
      } else if (status && !afterMark?.()) focusRow(Math.min(index + 1, last))
      return
    }
    if (key === 'n' && recordable(entry)) {
      ev.preventDefault()
      rowAt(index)?.querySelector<HTMLInputElement>('input.note')?.focus()
    }
  }

  return (
    <div className="table-wrap hadir-wrap">
      <table className="data hadir" aria-label="Pencatatan kehadiran" aria-rowcount={count + 1}>
        <thead>
          <tr>
            <th className="num">No</th>
            <th>Nama</th>
            <th>Jabatan/Instansi</th>
            <th>Kehadiran</th>
            <th>Wakil / Keterangan / Datang–Pulang</th>
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={onKeyDown}>
          {entries.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty-row">
                Tidak ada peserta yang cocok.
              </td>
            </tr>
          ) : (
            entries.map((e, i) => <AttendanceRow key={rowKey(e)} entry={e} index={i} number={numbers.get(rowKey(e)) ?? i + 1} active={i === active} actions={actions} clock={clock} />)
          )}
        </tbody>
      </table>
    </div>
  )
}
