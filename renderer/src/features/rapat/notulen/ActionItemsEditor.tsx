import { useMemo, useState } from 'react'
import { contactChoices } from '@shared/contacts'
import { actionStatuses, actionStatusLabel, type ActionItem, type ActionStatus } from '@shared/model'
import { formatDateLong, isValidIsoDate } from '@shared/calendar'
import { useContactsDirectory } from '../../../data/contacts-hooks'
import { getDb } from '../../../data/db'
import { addActionItem, deleteActionItem, updateActionItem, type ActionFields } from '../../../data/minutes-repo'
import { useActionItems } from '../../../data/minutes-hooks'
import { DateField } from '../../../ui/DateField'
import { Notice } from '../../../ui/Notice'
import { errorText } from '../../../ui/error-text'

type Owner = { organisationId?: string; personId?: string }
const ownerValue = (i: Pick<ActionItem, 'organisationId' | 'personId'>) => (i.organisationId ? `o:${i.organisationId}` : i.personId ? `p:${i.personId}` : '')
const ownerFrom = (v: string): Owner => (v.startsWith('o:') ? { organisationId: v.slice(2) } : v.startsWith('p:') ? { personId: v.slice(2) } : {})

/**
 * Penanggung jawab: OPD and people of the address book, sorted by name (people without their titles),
 * narrowed by the search box beside it (105 names are too many to scroll).
 */
function OwnerSelect({ value, onChange, id, label, searchLabel }: { value: string; onChange: (v: string) => void; id?: string; label?: string; searchLabel: string }) {
  const dir = useContactsDirectory()
  const [query, setQuery] = useState('')
  const choices = useMemo(() => (dir ? contactChoices(dir, query, value) : { organisations: [], people: [] }), [dir, query, value])
  const found = choices.organisations.length + choices.people.length
  return (
    <div className="owner-picker">
      <input
        type="search"
        value={query}
        placeholder="Cari nama atau OPD…"
        aria-label={searchLabel}
        onChange={(e) => setQuery(e.target.value)}
      />
      <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{query && found === 0 ? '— tidak ada yang cocok —' : '— tulis sendiri —'}</option>
        {choices.organisations.length > 0 && (
          <optgroup label="OPD / organisasi">
            {choices.organisations.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        )}
        {choices.people.length > 0 && (
          <optgroup label="Orang">
            {choices.people.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  )
}

const emptyDraft = { what: '', owner: '', ownerText: '', due: '', status: 'terbuka' as ActionStatus }

/** Tindak lanjut of one meeting: what, who (an OPD, a person, or free text), by when, and its state. */
export function ActionItemsEditor({ meetingId }: { meetingId: string }) {
  const items = useActionItems(meetingId)
  const [draft, setDraft] = useState(emptyDraft)
  const [error, setError] = useState<string | null>(null)
  const run = (p: Promise<unknown>) => p.then(() => setError(null)).catch((err: unknown) => setError(errorText(err)))

  const add = () => {
    // The date box keeps what she typed until it reads as a date; its own message says why.
    if (draft.due !== '' && !isValidIsoDate(draft.due)) {
      setError('Batas waktu belum terbaca sebagai tanggal. Tulis seperti 17/12/2026, atau kosongkan.')
      return
    }
    const fields: ActionFields = { what: draft.what, ownerText: draft.ownerText, due: draft.due, status: draft.status, ...ownerFrom(draft.owner) }
    void run(addActionItem(getDb(), meetingId, fields).then(() => setDraft(emptyDraft)))
  }

  return (
    <section className="fieldset" aria-label="Daftar tindak lanjut">
      <h3>Daftar tindak lanjut per OPD</h3>
      {items && items.length > 0 ? (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>Tindak lanjut</th>
                <th>Penanggung jawab</th>
                <th>Batas waktu</th>
                <th>Status</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.what}
                    {i.carriedToMeetingId && <div className="muted">Sudah dibawa ke acara rapat berikutnya</div>}
                  </td>
                  <td>
                    <OwnerSelect
                      label={`Penanggung jawab: ${i.what}`}
                      searchLabel={`Cari nama atau OPD untuk ${i.what}`}
                      value={ownerValue(i)}
                      onChange={(v) => void run(updateActionItem(getDb(), i.id, { organisationId: undefined, personId: undefined, ...ownerFrom(v) }))}
                    />
                    {i.ownerText && <div className="muted">{i.ownerText}</div>}
                  </td>
                  <td className="nowrap">{i.due ? formatDateLong(i.due) : '-'}</td>
                  <td>
                    <select
                      aria-label={`Status: ${i.what}`}
                      className="fit-choice"
                      value={i.status}
                      onChange={(e) => void run(updateActionItem(getDb(), i.id, { status: e.target.value as ActionStatus }))}
                    >
                      {actionStatuses.map((s) => (
                        <option key={s} value={s}>
                          {actionStatusLabel[s]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" aria-label={`Hapus tindak lanjut ${i.what}`} onClick={() => void run(deleteActionItem(getDb(), i.id))}>
                      Hapus
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">Belum ada tindak lanjut.</p>
      )}
      <div className="grid-2" style={{ marginTop: '0.8rem' }}>
        <label className="field">
          <span>Uraian tindak lanjut</span>
          <input value={draft.what} onChange={(e) => setDraft({ ...draft, what: e.target.value })} />
        </label>
        <div className="field">
          <span>Penanggung jawab (OPD atau orang)</span>
          <OwnerSelect label="Penanggung jawab (OPD atau orang)" searchLabel="Cari nama atau OPD" value={draft.owner} onChange={(owner) => setDraft({ ...draft, owner })} />
        </div>
        <label className="field">
          <span>Penanggung jawab lain (bila tidak ada di buku alamat)</span>
          <input value={draft.ownerText} onChange={(e) => setDraft({ ...draft, ownerText: e.target.value })} />
        </label>
        <div className="grid-2">
          <DateField label="Batas waktu" value={draft.due} onChange={(due) => setDraft({ ...draft, due })} />
          <label className="field">
            <span>Status</span>
            <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as ActionStatus })}>
              {actionStatuses.map((s) => (
                <option key={s} value={s}>
                  {actionStatusLabel[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="toolbar">
        <button type="button" className="primary" onClick={add}>
          Tambah tindak lanjut
        </button>
        <a href="#/rapat/tindak-lanjut">Lihat tindak lanjut semua rapat</a>
      </div>
    </section>
  )
}
