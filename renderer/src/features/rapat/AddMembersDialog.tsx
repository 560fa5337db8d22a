import { useMemo, useState } from 'react'
import { queryMatcher } from '@shared/contacts/search'
import { useContactsDirectory } from '../../data/contacts-hooks'
import { getDb } from '../../data/db'
import { addRolesFromPeople } from '../../data/roles-repo'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { comparePersonNames } from '@shared/contacts/sort'

const SHOWN = 200

/** Several people of the address book into the committee at once, under one title (Anggota by default), in the order ticked. */
export function AddMembersDialog({ meetingId, inCommittee, onClose }: { meetingId: string; inCommittee: Set<string>; onClose: () => void }) {
  const contacts = useContactsDirectory()
  const [query, setQuery] = useState('')
  const [chosen, setChosen] = useState<string[]>([])
  const [title, setTitle] = useState('Anggota')
  const [message, setMessage] = useState<{ kind: 'success' | 'warning' | 'error'; text: string } | null>(null)
  const rows = useMemo(() => {
    if (!contacts) return []
    const match = queryMatcher(query)
    return contacts.people.filter((r) => match(r.key)).sort((a, b) => comparePersonNames(a.person.name, b.person.name))
  }, [contacts, query])
  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]))

  async function add() {
    try {
      const r = await addRolesFromPeople(getDb(), meetingId, 'panitia', title, chosen)
      setChosen([])
      setMessage(
        r.skipped.length > 0
          ? { kind: 'warning', text: `${r.added} ditambahkan sebagai ${title}. Sudah ada di panitia, tidak ditambahkan lagi: ${r.skipped.join(', ')}.` }
          : { kind: 'success', text: `${r.added} ditambahkan sebagai ${title}.` }
      )
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  return (
    <Dialog title="Tambah anggota panitia" onClose={onClose} wide>
      <div className="toolbar">
        <label className="inline">
          Jabatan dalam panitia
          <input value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: '14rem' }} />
        </label>
        <input type="search" placeholder="Cari…" aria-label="Cari kontak" value={query} onChange={(e) => setQuery(e.target.value)} style={{ maxWidth: 320 }} />
      </div>
      <div className="table-wrap" style={{ maxHeight: '50vh' }} tabIndex={0} role="region" aria-label="Daftar kontak untuk dipilih">
        <table className="data">
          <tbody>
            {rows.slice(0, SHOWN).map((r) => {
              const already = inCommittee.has(r.person.id)
              return (
                <tr key={r.person.id}>
                  <td style={{ width: 32 }}>
                    <input
                      type="checkbox"
                      aria-label={`Pilih ${r.person.name}`}
                      checked={chosen.includes(r.person.id) || already}
                      disabled={already}
                      onChange={() => toggle(r.person.id)}
                    />
                  </td>
                  <td>
                    <div>{r.person.name}</div>
                    <div className="muted">{[r.person.position, r.organisationName].filter(Boolean).join(' · ')}</div>
                  </td>
                  <td>{already && <span className="badge">sudah di panitia</span>}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && (
        <p className="muted">
          Menampilkan {SHOWN} dari {rows.length}. Persempit pencarian.
        </p>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <DialogFooter
        cancel="Selesai"
        primary={{ label: `Tambahkan ${chosen.length > 0 ? `(${chosen.length})` : ''}`, disabled: chosen.length === 0 || title.trim() === '', onClick: () => void add() }}
      />
    </Dialog>
  )
}
