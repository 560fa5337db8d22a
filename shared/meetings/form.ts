import type { z } from 'zod'
import { meetingFields, printable, servingSigner, type MeetingFields, type Signer, type TimeZoneLabel } from '../model'

/** The meeting form as the user fills it: lists are typed one item per line. */
export interface MeetingFormValues {
  title: string
  kind: MeetingFields['kind']
  dates: { value: string }[]
  timeStart: string
  timeEnd: string
  timeZone: TimeZoneLabel
  place: string
  agendaText: string
  basisText: string
  objectivesText: string
  signer: Signer
  notes: string
}

/** One item per non-empty line; leading list marks ("1.", "a.", "-", "•") are dropped. */
export function linesToItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:\d+[.)]|[a-z][.)]|[-•*])\s+/i, '').trim())
    .filter((l) => l.length > 0)
}

export function formToMeeting(v: MeetingFormValues): MeetingFields {
  return {
    title: v.title,
    kind: v.kind,
    dates: [...new Set(v.dates.map((d) => d.value).filter(Boolean))].sort(),
    timeStart: v.timeStart,
    timeEnd: v.timeEnd,
    timeZone: v.timeZone,
    place: v.place,
    agenda: linesToItems(v.agendaText),
    basis: linesToItems(v.basisText),
    objectives: linesToItems(v.objectivesText),
    signer: v.signer,
    notes: v.notes
  }
}

export function meetingToForm(m: MeetingFields): MeetingFormValues {
  return {
    title: m.title,
    kind: m.kind,
    dates: m.dates.map((value) => ({ value })),
    timeStart: m.timeStart,
    timeEnd: m.timeEnd,
    timeZone: m.timeZone,
    place: m.place,
    agendaText: m.agenda.join('\n'),
    basisText: m.basis.join('\n'),
    objectivesText: m.objectives.join('\n'),
    signer: m.signer,
    notes: m.notes
  }
}

export function emptyMeetingForm(dateIso: string, timeZone: TimeZoneLabel, place: string): MeetingFormValues {
  return {
    title: '',
    kind: 'rapat-koordinasi',
    dates: [{ value: dateIso }],
    timeStart: '09:00',
    timeEnd: '',
    timeZone,
    place,
    agendaText: '',
    basisText: '',
    objectivesText: '',
    signer: servingSigner,
    notes: ''
  }
}

const formPath: Record<string, string> = { agenda: 'agendaText', basis: 'basisText', objectives: 'objectivesText' }

/** Validates the form through the model's schema; errors are keyed by the form's field paths. */
export function validateMeetingForm(v: MeetingFormValues): { ok: true; value: MeetingFields } | { ok: false; errors: Record<string, string> } {
  // What is typed must print: characters no font of the PDF draws are refused here (shared/model/printable.ts).
  const parsed = printable(meetingFields).safeParse(formToMeeting(v))
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: formErrors(parsed.error) }
}

/** Where a message of the meeting's schema shows in the form: lists typed as lines carry their list's messages. */
export function meetingFormPath(path: readonly PropertyKey[]): string {
  const [head, index, ...rest] = path.map(String)
  if (head && formPath[head]) return formPath[head]
  if (head === 'dates') return index === undefined ? 'dates' : `dates.${index}.value`
  return [head, index, ...rest].filter((p) => p !== undefined).join('.')
}

function formErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) out[meetingFormPath(issue.path)] ??= issue.message
  return out
}
