import { memo, type KeyboardEvent } from 'react'
import type { RosterEntry } from '@shared/meetings'
import { attendanceStatusLabel, type AttendanceStatus } from '@shared/model'

/** The statuses the secretary sets, each with its key: H hadir, W diwakili, I izin, T tidak hadir. */
export const STATUS_KEYS: readonly { status: Exclude<AttendanceStatus, 'belum'>; key: string }[] = [
  { status: 'hadir', key: 'H' },
  { status: 'diwakili', key: 'W' },
  { status: 'izin', key: 'I' },
  { status: 'tidak-hadir', key: 'T' }
]

/** A line can be recorded when it has a row, or is an invitee (her row is created by the first record). */
export const recordable = (e: RosterEntry): boolean => e.rowId !== undefined || e.inviteeId !== undefined

export const rowKey = (e: RosterEntry): string => (e.inviteeId && !e.removed ? `inv:${e.inviteeId}` : `row:${e.rowId ?? ''}`)

/** The two times the secretary marks on a row: a corrected arrival and a departure. */
export type TimeField = 'arrivedAt' | 'leftAt'

export interface RowActions {
  status(entry: RosterEntry, status: AttendanceStatus): void
  delegate(entry: RosterEntry, name: string, position: string): void
  note(entry: RosterEntry, note: string): void
  time(entry: RosterEntry, which: TimeField, typed: string): void
  remove(entry: RosterEntry): void
  /** From an input of the row: Enter saves and goes to the next row, Escape back to the row. */
  fieldKey(event: KeyboardEvent<HTMLInputElement>, index: number): void
  /** The row itself got focus (click or Tab). */
  rowFocused(index: number): void
}

interface Props {
  entry: RosterEntry
  index: number
  /** The number on the printed sheet. */
  number: number
  active: boolean
  actions: RowActions
  /** An ISO instant on the office's wall clock, "09.40". */
  clock: (iso: string) => string
}

function RowView({ entry: e, index, number, active, actions, clock }: Props) {
  const office = [e.position, e.organisation].filter(Boolean).join(' — ')
  const label = e.name || office || 'Peserta'
  const saveDelegate = (form: HTMLElement | null) => {
    const inputs = form?.closest('tr')?.querySelectorAll<HTMLInputElement>('input.delegate')
    actions.delegate(e, inputs?.[0]?.value ?? '', inputs?.[1]?.value ?? '')
  }
  return (
    <tr
      data-index={index}
      data-key={rowKey(e)}
      tabIndex={active ? 0 : -1}
      className={`${active ? 'active' : ''}${e.removed ? ' is-removed' : ''}`}
      aria-label={`${number}. ${label}: ${attendanceStatusLabel[e.status]}`}
      onFocus={(ev) => {
        if (ev.target === ev.currentTarget) actions.rowFocused(index)
      }}
    >
      <td className="num">{number}</td>
      <td>
        <div className="who">{e.name || <span className="muted">(utusan)</span>}</div>
        {e.walkIn && <span className="badge warn">Tidak terdaftar</span>}
        {e.signed && <span className="badge ok">Ttd digital</span>}
        {e.times && <span className="badge">{e.times}</span>}
        {e.removed && <span className="badge batal">Tidak lagi diundang</span>}
      </td>
      <td className="office">{office}</td>
      <td className="col-status">
        {e.walkIn ? (
          <span className="badge ok">Hadir</span>
        ) : (
          <div className="status-buttons" role="group" aria-label={`Kehadiran ${label}`}>
            {STATUS_KEYS.map(({ status, key }) => (
              <button
                key={status}
                type="button"
                tabIndex={-1}
                className={status}
                aria-pressed={e.status === status}
                disabled={!recordable(e)}
                onClick={() => actions.status(e, e.status === status ? 'belum' : status)}
              >
                <kbd>{key}</kbd>
                {attendanceStatusLabel[status]}
              </button>
            ))}
          </div>
        )}
      </td>
      <td className="col-extra">
        <div className="extra-fields">
          {e.status === 'diwakili' && (
            <>
              <input
                key={`dn:${e.delegateName}`}
                className="delegate"
                defaultValue={e.delegateName}
                placeholder="Nama wakil"
                aria-label={`Nama wakil ${label}`}
                onBlur={(ev) => {
                  if (ev.target.value.trim() !== e.delegateName) saveDelegate(ev.target)
                }}
                onKeyDown={(ev) => actions.fieldKey(ev, index)}
              />
              <input
                key={`dp:${e.delegatePosition}`}
                className="delegate"
                defaultValue={e.delegatePosition}
                placeholder="Jabatan wakil"
                aria-label={`Jabatan wakil ${label}`}
                onBlur={(ev) => {
                  if (ev.target.value.trim() !== e.delegatePosition) saveDelegate(ev.target)
                }}
                onKeyDown={(ev) => actions.fieldKey(ev, index)}
              />
            </>
          )}
          <input
            key={`n:${e.note}`}
            className="note"
            defaultValue={e.note}
            placeholder="Keterangan"
            aria-label={`Keterangan ${label}`}
            disabled={!recordable(e)}
            onBlur={(ev) => {
              if (ev.target.value.trim() !== e.note) actions.note(e, ev.target.value)
            }}
            onKeyDown={(ev) => actions.fieldKey(ev, index)}
          />
          {(['arrivedAt', 'leftAt'] as const).map((which) => {
            const shown = e[which] ? clock(e[which]) : ''
            const word = which === 'arrivedAt' ? 'Datang' : 'Pulang'
            return (
              <input
                key={`${which}:${shown}`}
                className="clock"
                defaultValue={shown}
                inputMode="numeric"
                placeholder={word}
                title={`${word} (jj.mm)`}
                aria-label={`Jam ${word.toLowerCase()} ${label}`}
                disabled={!recordable(e)}
                onBlur={(ev) => {
                  if (ev.target.value.trim() !== shown) actions.time(e, which, ev.target.value)
                }}
                onKeyDown={(ev) => actions.fieldKey(ev, index)}
              />
            )
          })}
          {(e.walkIn || e.removed) && (
            <button type="button" className="small danger" tabIndex={-1} onClick={() => actions.remove(e)} aria-label={`Hapus ${label} dari daftar hadir`}>
              Hapus
            </button>
          )}
        </div>
      </td>
    </tr>
  )
}

const same = (a: RosterEntry, b: RosterEntry) =>
  a.rowId === b.rowId &&
  a.status === b.status &&
  a.name === b.name &&
  a.position === b.position &&
  a.organisation === b.organisation &&
  a.delegateName === b.delegateName &&
  a.delegatePosition === b.delegatePosition &&
  a.note === b.note &&
  a.walkIn === b.walkIn &&
  a.removed === b.removed &&
  a.signed === b.signed &&
  a.times === b.times &&
  a.arrivedAt === b.arrivedAt &&
  a.leftAt === b.leftAt

/** Re-rendered only when its own record changes: 500 rows stay quick while one is ticked. */
export const AttendanceRow = memo(
  RowView,
  (a, b) => a.index === b.index && a.number === b.number && a.active === b.active && a.actions === b.actions && a.clock === b.clock && same(a.entry, b.entry)
)
