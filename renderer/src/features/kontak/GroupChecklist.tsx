import { useMemo } from 'react'
import { compareText, type GroupRow } from '@shared/contacts'
import type { Group } from '@shared/model'

/** Group membership as checkboxes: usually a handful of groups, so all are shown. */
export function GroupChecklist({ groups, value, onChange }: { groups: readonly Group[]; value: readonly string[]; onChange: (ids: string[]) => void }) {
  if (groups.length === 0) return <p className="muted small">Belum ada kelompok. Buat kelompok di tab Kelompok.</p>
  return (
    <div className="checklist" role="group" aria-label="Kelompok">
      {groups.map((g) => (
        <label key={g.id} className="check">
          <input
            type="checkbox"
            checked={value.includes(g.id)}
            onChange={(e) => onChange(e.target.checked ? [...value, g.id] : value.filter((id) => id !== g.id))}
          />
          {g.name}
        </label>
      ))}
    </div>
  )
}

/** The "Kelompok" part of a person's or an organisation's form: every group of the directory, by name. */
export function GroupFieldset({ groups, value, onChange }: { groups: readonly GroupRow[]; value: readonly string[]; onChange: (ids: string[]) => void }) {
  const sorted = useMemo(() => groups.map((r) => r.group).sort((a, b) => compareText(a.name, b.name)), [groups])
  return (
    <fieldset className="plain">
      <legend>Kelompok</legend>
      <GroupChecklist groups={sorted} value={value} onChange={onChange} />
    </fieldset>
  )
}
