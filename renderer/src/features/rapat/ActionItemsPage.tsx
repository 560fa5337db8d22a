import { useMemo, useState } from 'react'
import { formatDateLong, formatMeetingDays, todayIso, utcOffset } from '@shared/calendar'
import { actionOwnerDetail, groupByOwner, isOverdue, nextMeeting } from '@shared/meetings'
import { actionStatuses, actionStatusLabel, type ActionItem, type ActionStatus } from '@shared/model'
import { getDb } from '../../data/db'
import { useProfile } from '../../data/hooks'
import { useAllActionItems } from '../../data/minutes-hooks'
import { carryActionItems, setActionStatus } from '../../data/minutes-repo'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'

/** #/rapat/tindak-lanjut: follow-ups of every meeting per OPD; open ones can be carried into a later meeting's agenda. */
export function ActionItemsPage() {
  const data = useAllActionItems()
  const profile = useProfile()
  const [showAll, setShowAll] = useState(false)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [target, setTarget] = useState('')
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const today = todayIso(new Date(), utcOffset[profile?.timeZone ?? 'WIB'])

  const view = useMemo(() => {
    if (!data) return null
    const organisations = new Map(data.organisations.map((o) => [o.id, o]))
    const people = new Map(data.people.map((p) => [p.id, p]))
    const meetings = new Map(data.meetings.map((m) => [m.id, m]))
    const items = data.items.filter((i) => showAll || i.status === 'terbuka')
    return { groups: groupByOwner(items, organisations, people), organisations, people, meetings }
  }, [data, showAll])

  if (!data || !view) return <p className="muted">Memuat…</p>
  const chosen = data.items.filter((i) => selected.has(i.id))
  const firstChosenMeeting = chosen[0] ? view.meetings.get(chosen[0].meetingId) : undefined
  const suggested = firstChosenMeeting ? nextMeeting(data.meetings, firstChosenMeeting) : undefined
  const targetId = target || suggested?.id || ''
  const laterMeetings = [...data.meetings].sort((a, b) => (a.dates[0] ?? '').localeCompare(b.dates[0] ?? ''))

  const toggle = (i: ActionItem) => {
    const next = new Set(selected)
    if (next.has(i.id)) next.delete(i.id)
    else next.add(i.id)
    setSelected(next)
  }

  const carry = async () => {
    try {
      const { carried } = await carryActionItems(getDb(), [...selected], targetId)
      const m = view.meetings.get(targetId)
      setMessage({ kind: 'success', text: `${carried} tindak lanjut ditambahkan ke susunan acara ${m?.title ?? 'rapat tujuan'}.` })
      setSelected(new Set())
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  return (
    <>
      <p>
        <a href="#/rapat">← Semua rapat</a>
      </p>
      <div className="page-head">
        <h1>Tindak lanjut rapat</h1>
        <label className="check">
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Tampilkan juga yang selesai dan dibatalkan
        </label>
      </div>
      <section className="panel" aria-label="Bawa ke rapat berikutnya">
        <div className="toolbar">
          <span>{selected.size} dipilih</span>
          <label>
            Bawa ke acara rapat{' '}
            <select aria-label="Rapat tujuan" value={targetId} onChange={(e) => setTarget(e.target.value)}>
              <option value="">— pilih rapat —</option>
              {laterMeetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {formatMeetingDays(m.dates)} — {m.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" disabled={selected.size === 0 || !targetId} onClick={() => void carry()}>
            Tambahkan ke susunan acara
          </button>
        </div>
        {message && <Notice kind={message.kind}>{message.text}</Notice>}
      </section>
      {view.groups.length === 0 && <p className="muted">{showAll ? 'Belum ada tindak lanjut.' : 'Tidak ada tindak lanjut yang masih terbuka.'}</p>}
      {view.groups.map((g) => (
        <section className="panel" key={g.key} aria-label={`Tindak lanjut ${g.label}`}>
          <h2>
            {g.label} <span className="tab-count">{g.items.length}</span>
          </h2>
          <table className="data">
            <thead>
              <tr>
                <th />
                <th>Tindak lanjut</th>
                <th>Rapat</th>
                <th>Batas waktu</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {g.items.map((i) => {
                const m = view.meetings.get(i.meetingId)
                const carriedTo = i.carriedToMeetingId ? view.meetings.get(i.carriedToMeetingId) : undefined
                return (
                  <tr key={i.id}>
                    <td>
                      <input type="checkbox" aria-label={`Pilih ${i.what}`} disabled={i.status !== 'terbuka'} checked={selected.has(i.id)} onChange={() => toggle(i)} />
                    </td>
                    <td>
                      {i.what}
                      <div className="muted">{actionOwnerDetail(i, view.organisations, view.people)}</div>
                      {carriedTo && <div className="muted">Dibawa ke: {carriedTo.title}</div>}
                    </td>
                    <td>{m ? <a href={`#/rapat/${m.id}`}>{`${formatMeetingDays(m.dates)} — ${m.title}`}</a> : '-'}</td>
                    <td className="nowrap">
                      {i.due ? formatDateLong(i.due) : '-'} {isOverdue(i, today) && <span className="badge batal">Lewat</span>}
                    </td>
                    <td>
                      <select
                        aria-label={`Status ${i.what}`}
                        className="fit-choice"
                        value={i.status}
                        onChange={(e) =>
                          void setActionStatus(getDb(), i.id, e.target.value as ActionStatus).catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }))
                        }
                      >
                        {actionStatuses.map((s) => (
                          <option key={s} value={s}>
                            {actionStatusLabel[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  )
}
