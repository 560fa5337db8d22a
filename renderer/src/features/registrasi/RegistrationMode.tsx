import { useEffect, useMemo, useRef, useState } from 'react'
import { formatDayDate } from '@shared/calendar'
import { registrationEntries, registrationIndex, type RegistrationEntry } from '@shared/meetings/registration-search'
import type { Meeting, WalkInFields } from '@shared/model'
import type { RegistrationMode as Mode } from '../../data/registration-mode'
import type { CheckInWho } from '../../data/registration-repo'
import { ConfirmScreen } from './ConfirmScreen'
import { useDeskDay, useDeskMeeting } from './desk-data'
import { LeaveDialog } from './LeaveDialog'
import { PersonForm } from './PersonForm'
import { SearchScreen } from './SearchScreen'
import { SignScreen } from './SignScreen'
import { ThanksScreen } from './ThanksScreen'
import './registrasi.css'

/** Where the participant is: finding her name, confirming it, telling who she is, signing, thanked. */
export type Step =
  | { at: 'search' }
  | { at: 'confirm'; entry: RegistrationEntry }
  | { at: 'delegate'; entry: RegistrationEntry }
  | { at: 'walk-in' }
  | { at: 'sign'; who: CheckInWho; name: string; again: boolean }
  | { at: 'thanks'; name: string; arrivedAt: string; again: boolean }

/**
 * The meja registrasi: one meeting day, full screen, nothing else of the app reachable until the secretary
 * types her PIN. Participants find their name (or their invitation's personal code), confirm, and sign.
 */
export function RegistrationMode({ mode }: { mode: Mode }) {
  const meeting = useDeskMeeting(mode.meetingId)
  const [leaving, setLeaving] = useState(false)

  // Main makes the window full screen and turns the menu off; again after the app is opened anew.
  useEffect(() => {
    void window.pkk.kiosk.set({ on: true }).catch(() => undefined)
    document.title = 'Meja registrasi · Sekretariat PKK'
  }, [])

  return (
    <div className="kiosk">
      <main className="kiosk-main" id="konten">
        {meeting === undefined ? (
          <p className="kiosk-lead">Memuat…</p>
        ) : meeting === null ? (
          <p className="kiosk-lead" role="alert">
            Rapat meja registrasi ini tidak ditemukan; mungkin sudah dihapus. Sekretaris dapat keluar dengan PIN.
          </p>
        ) : (
          <Desk meeting={meeting} day={mode.day} />
        )}
      </main>
      <footer className="kiosk-foot">
        <button type="button" className="kiosk-exit" onClick={() => setLeaving(true)}>
          Sekretaris: keluar
        </button>
      </footer>
      {leaving && <LeaveDialog meetingId={mode.meetingId} onClose={() => setLeaving(false)} />}
    </div>
  )
}

function Desk({ meeting, day }: { meeting: Meeting; day: string }) {
  const data = useDeskDay(meeting.id, day)
  const [step, setStep] = useState<Step>({ at: 'search' })
  const [query, setQuery] = useState('')
  const entries = useMemo(() => (data ? registrationEntries(meeting.id, data.participants, data.rows, data.signedRowIds) : undefined), [data, meeting.id])
  const index = useMemo(() => registrationIndex(entries ?? []), [entries])
  const heading = useRef<HTMLHeadingElement>(null)

  const toSearch = () => {
    setQuery('')
    setStep({ at: 'search' })
  }
  const signWalkIn = (fields: WalkInFields) => setStep({ at: 'sign', who: { kind: 'walk-in', fields }, name: fields.name, again: false })

  return (
    <>
      <header className="kiosk-head">
        <h1 ref={heading}>{meeting.title}</h1>
        <p>
          Meja registrasi · {formatDayDate(day)}
          {entries && ` · ${entries.filter((e) => e.signed).length} sudah tanda tangan`}
        </p>
      </header>
      {!entries ? (
        <p className="kiosk-lead">Memuat daftar peserta…</p>
      ) : step.at === 'search' ? (
        <SearchScreen index={index} query={query} onQuery={setQuery} zone={meeting.timeZone} onPick={(entry) => setStep({ at: 'confirm', entry })} onWalkIn={() => setStep({ at: 'walk-in' })} />
      ) : step.at === 'confirm' ? (
        <ConfirmScreen
          entry={step.entry}
          zone={meeting.timeZone}
          onSelf={(again) => setStep({ at: 'sign', who: step.entry.inviteeId !== undefined ? { kind: 'invitee', inviteeId: step.entry.inviteeId } : { kind: 'row', rowId: step.entry.rowId ?? '' }, name: step.entry.name, again })}
          onDelegate={() => setStep({ at: 'delegate', entry: step.entry })}
          onBack={() => setStep({ at: 'search' })}
        />
      ) : step.at === 'delegate' ? (
        <PersonForm
          kind="delegate"
          title={`Saya mewakili ${step.entry.name}`}
          onBack={() => setStep({ at: 'confirm', entry: step.entry })}
          onDone={(f) =>
            setStep({
              at: 'sign',
              who: { kind: 'delegate', inviteeId: step.entry.inviteeId ?? '', name: f.name, position: f.position },
              name: `${f.name} (mewakili ${step.entry.name})`,
              again: step.entry.signed
            })
          }
        />
      ) : step.at === 'walk-in' ? (
        <PersonForm kind="walk-in" title="Tidak ada di daftar" entries={entries} onBack={() => setStep({ at: 'search' })} onDone={signWalkIn} />
      ) : step.at === 'sign' ? (
        <SignScreen
          meetingId={meeting.id}
          day={day}
          who={step.who}
          name={step.name}
          onBack={toSearch}
          onSaved={(arrivedAt, again) => setStep({ at: 'thanks', name: step.name, arrivedAt, again })}
        />
      ) : (
        <ThanksScreen name={step.name} arrivedAt={step.arrivedAt} again={step.again} zone={meeting.timeZone} onDone={toSearch} />
      )}
    </>
  )
}
