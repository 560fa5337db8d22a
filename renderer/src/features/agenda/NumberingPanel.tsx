import { useNumberingSettings, useProfile } from '../../data/hooks'
import { useLetterCodes } from '../../data/letters-hooks'
import { CodeListEditor } from './CodeListEditor'
import { CounterEditor } from './CounterEditor'
import { NumberingSettingsForm } from './NumberingSettingsForm'
import { officeToday } from './ui-helpers'

/** Pengaturan > Penomoran Surat: the pattern, the codes and the counters of this office (docs/formats.md "Letter numbers"). */
export function NumberingPanel() {
  const settings = useNumberingSettings()
  const codes = useLetterCodes()
  const profile = useProfile()
  if (settings === undefined || codes === undefined || profile === undefined) return null
  const today = officeToday(profile)
  return (
    <section className="panel" aria-label="Penomoran surat">
      <h2>Penomoran Surat</h2>
      <NumberingSettingsForm settings={settings} codes={codes} officeCode={profile?.officeCode ?? ''} today={today} />
      <hr className="sep" />
      <CodeListEditor codes={codes} settings={settings} />
      <hr className="sep" />
      <CounterEditor currentYear={Number(today.slice(0, 4))} />
    </section>
  )
}
