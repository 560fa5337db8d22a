import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { PersonRow } from '@shared/contacts'
import { queryMatcher } from '@shared/contacts/search'
import { rankForRole, rolePrefill, rolesOf } from '@shared/meetings'
import {
  defaultCommitteeTitles,
  OTHER_ROLE_TITLE,
  roleFormPath,
  roleFromForm,
  roleGroupLabel,
  roleGroups,
  roleInput,
  type Meeting,
  type MeetingRole,
  type RoleFormFields,
  type RoleGroup
} from '@shared/model'
import { useContactsDirectory } from '../../data/contacts-hooks'
import { getDb } from '../../data/db'
import { useMeetingDocument } from '../../data/meetings-hooks'
import { useRoles } from '../../data/roles-hooks'
import { addRole, moveRole, removeRole, updateRole } from '../../data/roles-repo'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { AddMembersDialog } from './AddMembersDialog'
import { errorText } from '../../ui/error-text'
import { useMappedModelForm } from '../../ui/model-form'

type Message = { kind: 'success' | 'error' | 'warning'; text: string }
const OTHER = OTHER_ROLE_TITLE

const column: Record<RoleGroup, string | null> = { panitia: 'Jabatan dalam panitia', narasumber: 'Materi', moderator: null }

/** Who the Keputusan appoints: the committee with their titles, the speakers with their topics, the moderator. */
export function RolesPanel({ meeting }: { meeting: Meeting }) {
  const roles = useRoles(meeting.id)
  const decree = useMeetingDocument(meeting.id, 'keputusan')
  const [editing, setEditing] = useState<MeetingRole | null>(null)
  const [bulk, setBulk] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  if (roles === undefined) return <p className="muted">Memuat…</p>
  const issued = decree?.letter?.status === 'aktif' ? decree.letter : null
  const run = (p: Promise<unknown>) => p.catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }))

  return (
    <section className="document-card" aria-label="Panitia, narasumber dan moderator">
      <div className="page-head">
        <h3>Panitia, narasumber dan moderator</h3>
        <span className="badge">{roles.length} orang</span>
      </div>
      <p className="muted small">Susunan ini dicetak pada lampiran Keputusan Ketua. Pilih dari buku alamat atau ketik langsung; urutan dapat diubah.</p>
      {issued && (
        <Notice kind="warning">
          Keputusan sudah bernomor {issued.number}. Bila susunan diubah, kartu Keputusan Ketua menanyakan: koreksi dengan nomor yang sama, atau nomor baru.
        </Notice>
      )}
      {roleGroups.map((group) => (
        <RoleTable
          key={group}
          group={group}
          roles={rolesOf(roles, group)}
          onMove={(r, d) => void run(moveRole(getDb(), r.id, d))}
          onEdit={(r) => {
            setEditing(r)
            setMessage(null)
          }}
          onRemove={(r) =>
            void run(removeRole(getDb(), r.id).then(() => setMessage({ kind: 'success', text: `${r.name} dihapus dari ${roleGroupLabel[r.group]}.` })))
          }
        />
      ))}
      <RoleForm
        key={editing?.id ?? 'baru'}
        meetingId={meeting.id}
        editing={editing}
        usedTitles={[...new Set(roles.map((r) => r.roleTitle).filter(Boolean))]}
        onDone={(m) => {
          setEditing(null)
          setMessage(m)
        }}
      />
      <div className="toolbar">
        <button type="button" onClick={() => setBulk(true)}>
          Tambah beberapa anggota panitia dari buku alamat…
        </button>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {bulk && <AddMembersDialog meetingId={meeting.id} inCommittee={new Set(rolesOf(roles, 'panitia').flatMap((r) => (r.personId ? [r.personId] : [])))} onClose={() => setBulk(false)} />}
    </section>
  )
}

function RoleTable({
  group,
  roles,
  onMove,
  onEdit,
  onRemove
}: {
  group: RoleGroup
  roles: MeetingRole[]
  onMove: (r: MeetingRole, delta: -1 | 1) => void
  onEdit: (r: MeetingRole) => void
  onRemove: (r: MeetingRole) => void
}) {
  const third = column[group]
  return (
    <div className="role-group" aria-label={roleGroupLabel[group]} role="group">
      <h4>
        {roleGroupLabel[group]} ({roles.length})
      </h4>
      {roles.length === 0 ? (
        <p className="muted small">Belum ada.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th className="num">No</th>
              <th>Nama</th>
              {third && <th>{third}</th>}
              <th>Jabatan/Instansi</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {roles.map((r, i) => (
              <tr key={r.id}>
                <td className="num">{i + 1}</td>
                <td>
                  {r.name}
                  {!r.personId && <span className="muted small"> (diketik langsung)</span>}
                </td>
                {third && <td>{group === 'panitia' ? r.roleTitle : r.topic || <span className="badge warn">belum diisi</span>}</td>}
                <td>{r.position}</td>
                <td className="nowrap">
                  <button type="button" className="small" aria-label={`Naikkan ${r.name}`} disabled={i === 0} onClick={() => onMove(r, -1)}>
                    ↑
                  </button>{' '}
                  <button type="button" className="small" aria-label={`Turunkan ${r.name}`} disabled={i === roles.length - 1} onClick={() => onMove(r, 1)}>
                    ↓
                  </button>{' '}
                  <button type="button" className="small" aria-label={`Ubah ${r.name}`} onClick={() => onEdit(r)}>
                    Ubah
                  </button>{' '}
                  <button type="button" className="small danger" aria-label={`Hapus ${r.name} dari ${roleGroupLabel[group]}`} onClick={() => onRemove(r)}>
                    Hapus
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

type Fields = RoleFormFields

function initialFields(editing: MeetingRole | null, titles: readonly string[]): Fields {
  if (!editing) return { group: 'panitia', name: '', position: '', titleChoice: 'Ketua', titleOther: '', topic: '' }
  const known = titles.includes(editing.roleTitle)
  return {
    group: editing.group,
    personId: editing.personId,
    name: editing.name,
    position: editing.position,
    titleChoice: editing.group !== 'panitia' ? 'Ketua' : known ? editing.roleTitle : OTHER,
    titleOther: known ? '' : editing.roleTitle,
    topic: editing.topic
  }
}

const SHOWN = 8

/** Add or edit one role; the address-book search prefills the name and Jabatan/Instansi, both still editable. */
function RoleForm({
  meetingId,
  editing,
  usedTitles,
  onDone
}: {
  meetingId: string
  editing: MeetingRole | null
  usedTitles: string[]
  onDone: (m: Message | null) => void
}) {
  const id = useId()
  const contacts = useContactsDirectory()
  const titles = useMemo(() => [...defaultCommitteeTitles, ...usedTitles.filter((t) => !(defaultCommitteeTitles as readonly string[]).includes(t))], [usedTitles])
  const { register, handleSubmit, formState, reset, setValue, watch, setFocus } = useMappedModelForm(roleInput, roleFromForm, roleFormPath, {
    defaultValues: initialFields(editing, titles)
  })
  const e = formState.errors
  const f = watch()
  const [query, setQuery] = useState('')
  const [error, setError] = useState<string | null>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const set = (patch: Partial<Fields>) => {
    for (const [k, v] of Object.entries(patch) as [keyof Fields, string | undefined][]) setValue(k, v as never, { shouldDirty: true, shouldValidate: formState.isSubmitted })
  }
  // "Ubah" brings the form up with the role in it: the cursor goes to its name.
  useEffect(() => {
    if (editing) setFocus('name', { shouldSelect: false })
  }, [editing, setFocus])

  const matches = useMemo(() => {
    if (!contacts || query.trim() === '') return []
    const match = queryMatcher(query)
    const found = contacts.people.filter((r) => match(r.key)).map((row) => ({ row, name: row.person.name, position: row.person.position, organisationName: row.organisationName }))
    return rankForRole(found, query)
      .slice(0, SHOWN)
      .map((x) => x.row)
  }, [contacts, query])

  const pick = (row: PersonRow) => {
    const p = rolePrefill(row.person, { name: row.organisationName })
    set({ personId: p.personId, name: p.name, position: p.position })
    setQuery('')
    setFocus('name')
  }

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      listRef.current?.querySelector<HTMLButtonElement>('button')?.focus()
    } else if (e.key === 'Enter' && matches[0]) {
      e.preventDefault()
      pick(matches[0])
    } else if (e.key === 'Escape') setQuery('')
  }
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      buttons[Math.min(buttons.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus()
    }
  }

  const submit = handleSubmit(async (v) => {
    const input = roleFromForm(v)
    try {
      if (editing) await updateRole(getDb(), editing.id, input)
      else await addRole(getDb(), meetingId, input)
      setError(null)
      const text = `${v.name.trim()} ${editing ? 'disimpan' : 'ditambahkan'} sebagai ${v.group === 'panitia' ? input.roleTitle.trim() : roleGroupLabel[v.group]}.`
      if (!editing) reset({ ...initialFields(null, titles), group: v.group, titleChoice: v.group === 'panitia' && v.titleChoice !== OTHER ? v.titleChoice : 'Anggota' })
      onDone({ kind: 'success', text })
    } catch (err) {
      setError(errorText(err))
    }
  })

  return (
    <form className="fieldset" aria-label={editing ? 'Ubah peran' : 'Tambah peran'} onSubmit={submit} noValidate>
      <h4>{editing ? `Ubah: ${editing.name}` : 'Tambah orang'}</h4>
      <div className="grid-3">
        <div className="field">
          <label htmlFor={`${id}-group`}>Sebagai</label>
          <select id={`${id}-group`} disabled={editing !== null} {...register('group')}>
            {roleGroups.map((g) => (
              <option key={g} value={g}>
                {roleGroupLabel[g]}
              </option>
            ))}
          </select>
        </div>
        <div className="field" style={{ gridColumn: 'span 2' }}>
          <label htmlFor={`${id}-search`}>Cari di buku alamat</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            placeholder="Ketik nama, jabatan atau instansi; Enter memilih yang pertama"
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
            aria-controls={matches.length > 0 ? `${id}-hasil` : undefined}
          />
          {matches.length > 0 && (
            <ul id={`${id}-hasil`} ref={listRef} className="member-list" aria-label="Hasil pencarian buku alamat" onKeyDown={onListKey} style={{ listStyle: 'none', margin: '0.3rem 0 0' }}>
              {matches.map((r) => (
                <li key={r.person.id}>
                  <button type="button" className="link" onClick={() => pick(r)}>
                    {r.person.name}
                  </button>{' '}
                  <span className="muted small">{[r.person.position, r.organisationName].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="grid-3">
        <div>
          <Field label="Nama" error={e.name?.message}>
            {(p) => <input {...p} {...register('name')} />}
          </Field>
          <small className="field-hint">
            {f.personId ? (
              <>
                Dari buku alamat.{' '}
                <button type="button" className="link" onClick={() => set({ personId: undefined })}>
                  Lepaskan
                </button>
              </>
            ) : (
              'Diketik langsung (tidak dari buku alamat).'
            )}
          </small>
        </div>
        <div style={{ gridColumn: 'span 2' }}>
          <Field label="Jabatan/Instansi" error={e.position?.message}>
            {(p) => <input {...p} {...register('position')} />}
          </Field>
        </div>
      </div>
      {f.group === 'panitia' && (
        <div className="grid-3">
          <div className="field">
            <label htmlFor={`${id}-title`}>Jabatan dalam panitia</label>
            <select id={`${id}-title`} {...register('titleChoice')}>
              {titles.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
              <option value={OTHER}>Lainnya (ketik sendiri)…</option>
            </select>
          </div>
          {f.titleChoice === OTHER && (
            <Field label="Jabatan lain" error={e.titleOther?.message}>
              {(p) => <input {...p} placeholder="mis. Seksi Acara" {...register('titleOther')} />}
            </Field>
          )}
        </div>
      )}
      {f.group === 'narasumber' && (
        <Field label="Materi" error={e.topic?.message}>
          {(p) => <input {...p} {...register('topic')} />}
        </Field>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {editing ? 'Simpan' : 'Tambahkan'}
        </button>
        {editing && (
          <button type="button" onClick={() => onDone(null)}>
            Batal
          </button>
        )}
      </div>
    </form>
  )
}
