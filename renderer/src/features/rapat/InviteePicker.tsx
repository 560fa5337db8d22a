import { useMemo, useState } from 'react'
import { queryMatcher } from '@shared/contacts/search'
import { organisationKey, personKey } from '@shared/meetings'
import { getDb } from '../../data/db'
import { useContactsDirectory } from '../../data/contacts-hooks'
import { addInvitees, groupKeys } from '../../data/meetings-repo'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { comparePersonNames, compareText } from '@shared/contacts/sort'

const SHOWN = 200

/** Choose invitees by person, organisation (addressed to its head) or group. */
export function InviteePicker({ meetingId, invited, onClose }: { meetingId: string; invited: Set<string>; onClose: () => void }) {
  const contacts = useContactsDirectory()
  const [tab, setTab] = useState<'person' | 'organisation' | 'group'>('person')
  const [query, setQuery] = useState('')
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [withOrgs, setWithOrgs] = useState(false)
  const [message, setMessage] = useState<{ kind: 'success' | 'warning' | 'error'; text: string } | null>(null)

  // The address book's own search (titles, diacritics and phone digits folded), not a second one.
  const rows = useMemo(() => {
    if (!contacts) return []
    const matches = queryMatcher(query)
    if (tab === 'person') {
      return contacts.people
        .filter((r) => matches(r.key))
        .sort((a, b) => comparePersonNames(a.person.name, b.person.name))
        .map((r) => ({ key: personKey(r.person.id), title: r.person.name, sub: [r.person.position, r.organisationName].filter(Boolean).join(' · ') }))
    }
    if (tab === 'organisation') {
      return contacts.organisations
        .filter((r) => matches(r.key))
        .map((r) => ({
          key: organisationKey(r.organisation.id),
          title: r.organisation.name,
          sub: r.organisation.headTitle ? `Kepada: ${r.organisation.headTitle}` : 'Jabatan pimpinan belum diisi'
        }))
        .sort((a, b) => compareText(a.title, b.title))
    }
    return contacts.groups.filter((r) => matches(r.key)).map((r) => ({ key: `g:${r.group.id}`, title: r.group.name, sub: `${r.peopleCount} orang` }))
  }, [contacts, tab, query])

  const toggle = (key: string) =>
    setChosen((s) => {
      const n = new Set(s)
      if (n.has(key)) n.delete(key)
      else n.add(key)
      return n
    })

  async function add() {
    try {
      const keys: string[] = []
      for (const k of chosen) {
        if (k.startsWith('g:')) keys.push(...(await groupKeys(getDb(), k.slice(2), withOrgs)))
        else keys.push(k)
      }
      const r = await addInvitees(getDb(), meetingId, keys)
      setChosen(new Set())
      if (r.duplicates.length > 0) {
        const names = r.duplicates.slice(0, 8).join(', ') + (r.duplicates.length > 8 ? `, dan ${r.duplicates.length - 8} lainnya` : '')
        setMessage({ kind: 'warning', text: `${r.added} diundang. Sudah diundang sebelumnya, tidak ditambahkan lagi: ${names}.` })
      } else setMessage({ kind: 'success', text: `${r.added} undangan ditambahkan.` })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  return (
    <Dialog title="Tambah undangan" onClose={onClose} wide>
      <div className="toolbar">
        <div role="tablist" aria-label="Jenis kontak" className="toolbar" style={{ marginBottom: 0 }}>
          {(['person', 'organisation', 'group'] as const).map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'primary' : ''} onClick={() => setTab(t)}>
              {t === 'person' ? 'Orang' : t === 'organisation' ? 'Organisasi / OPD' : 'Kelompok'}
            </button>
          ))}
        </div>
        <input type="search" placeholder="Cari…" aria-label="Cari kontak" value={query} onChange={(e) => setQuery(e.target.value)} style={{ maxWidth: 320 }} />
      </div>
      {tab === 'group' && (
        <label className="check">
          <input type="checkbox" checked={withOrgs} onChange={(e) => setWithOrgs(e.target.checked)} /> Undang juga organisasi anggota kelompok
          (ditujukan kepada pimpinannya)
        </label>
      )}
      {contacts && contacts.people.length === 0 && contacts.organisations.length === 0 && (
        <Notice kind="info">
          Buku alamat masih kosong. Tambahkan kontak di halaman <a href="#/kontak">Kontak</a>.
        </Notice>
      )}
      <div className="table-wrap" style={{ maxHeight: '50vh' }} tabIndex={0} role="region" aria-label="Daftar kontak untuk diundang">
        <table className="data">
          <tbody>
            {rows.slice(0, SHOWN).map((r) => {
              const already = invited.has(r.key)
              return (
                <tr key={r.key}>
                  <td style={{ width: 32 }}>
                    <input
                      type="checkbox"
                      aria-label={`Pilih ${r.title}`}
                      checked={chosen.has(r.key) || already}
                      disabled={already}
                      onChange={() => toggle(r.key)}
                    />
                  </td>
                  <td>
                    <div>{r.title}</div>
                    <div className="muted">{r.sub}</div>
                  </td>
                  <td>{already && <span className="badge">sudah diundang</span>}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN && <p className="muted">Menampilkan {SHOWN} dari {rows.length}. Persempit pencarian.</p>}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <DialogFooter cancel="Selesai" primary={{ label: `Undang ${chosen.size > 0 ? `(${chosen.size})` : ''}`, disabled: chosen.size === 0, onClick: () => void add() }} />
    </Dialog>
  )
}
