import { useState } from 'react'
import { formToMinutes, kesimpulanLayout, notulenLayout, type MinutesForm } from '@shared/meetings'
import type { Meeting, OfficeProfile } from '@shared/model'
import { getDb } from '../../data/db'
import { useActionItems } from '../../data/minutes-hooks'
import { loadMinutesInput } from '../../data/minutes-repo'
import { PreviewColumn } from './PreviewColumn'

type Which = 'notulen' | 'kesimpulan'
const LABEL: Record<Which, string> = { notulen: 'Notulen', kesimpulan: 'Kesimpulan Rapat' }

/**
 * Beside the minutes editor: the Notulen or the Kesimpulan Rapat as they will print, from the text in the
 * form (not waiting for the autosave) and the meeting's other data as stored.
 */
export function MinutesPreview({ meeting, profile, form }: { meeting: Meeting; profile: OfficeProfile | null; form: MinutesForm }) {
  const [which, setWhich] = useState<Which>('notulen')
  const actions = useActionItems(meeting.id)
  const build = async () => {
    const input = await loadMinutesInput(getDb(), meeting.id)
    const withForm = { ...input, minutes: { ...formToMinutes(meeting.id, form), updatedAt: input.minutes.updatedAt } }
    return which === 'notulen' ? notulenLayout(withForm) : kesimpulanLayout(withForm)
  }
  return (
    <PreviewColumn document="notulen" sources={[{ label: LABEL[which], build, deps: [which, JSON.stringify(form), actions, meeting, profile] }]}>
      <fieldset className="preview-choice">
        <legend>Pratinjau cetak</legend>
        {(['notulen', 'kesimpulan'] as const).map((w) => (
          <label key={w} className="check">
            <input type="radio" name="pratinjau-notulen" checked={which === w} onChange={() => setWhich(w)} /> {LABEL[w]}
          </label>
        ))}
      </fieldset>
    </PreviewColumn>
  )
}
