import { useRef, type KeyboardEvent } from 'react'
import { meetingStepLabel, meetingSteps, type MeetingStep, type MeetingStepStates } from '@shared/meetings'

export const stepTabId = (step: MeetingStep) => `langkah-tab-${step}`
export const stepPanelId = (step: MeetingStep) => `langkah-${step}`

/**
 * The meeting page's steps as a tab list (WAI-ARIA tabs): one tab in the Tab order, arrows, Home and
 * End move between steps and open them; each tab says where its step stands.
 */
export function MeetingStepBar({
  current,
  states,
  mounted,
  onOpen
}: {
  current: MeetingStep
  states: MeetingStepStates | undefined
  /** Steps whose panels are in the page (aria-controls names only those). */
  mounted: ReadonlySet<MeetingStep>
  onOpen: (step: MeetingStep) => void
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  function onKey(e: KeyboardEvent<HTMLButtonElement>, index: number) {
    const n = meetingSteps.length
    const target = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : e.key === 'ArrowRight' ? (index + 1) % n : e.key === 'ArrowLeft' ? (index - 1 + n) % n : -1
    const step = meetingSteps[target]
    if (!step) return
    e.preventDefault()
    onOpen(step)
    refs.current[target]?.focus()
  }
  return (
    <div role="tablist" aria-label="Langkah rapat" className="step-bar">
      {meetingSteps.map((step, i) => {
        const state = states?.[step]
        const selected = step === current
        return (
          <button
            key={step}
            ref={(el) => {
              refs.current[i] = el
            }}
            type="button"
            role="tab"
            id={stepTabId(step)}
            aria-selected={selected}
            aria-controls={mounted.has(step) ? stepPanelId(step) : undefined}
            tabIndex={selected ? 0 : -1}
            className={`step-tab${selected ? ' active' : ''}`}
            onClick={() => onOpen(step)}
            onKeyDown={(e) => onKey(e, i)}
          >
            <span className="step-no" aria-hidden="true">
              {i + 1}
            </span>
            <span className="step-text">
              <span className="step-name">{meetingStepLabel[step]}</span>{' '}
              <span className={`step-state state-${state?.kind ?? 'memuat'}`} data-testid={`status-${step}`}>
                {state ? state.text : 'memuat…'}
              </span>
            </span>
          </button>
        )
      })}
    </div>
  )
}
