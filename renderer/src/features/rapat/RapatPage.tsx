import { meetingStepOf } from '@shared/meetings'
import { AttendancePage } from './AttendancePage'
import { MeetingDetail } from './MeetingDetail'
import { MeetingEditor } from './MeetingEditor'
import { MeetingList } from './MeetingList'
import { ActionItemsPage } from './ActionItemsPage'
import { MinutesEditor } from './notulen/MinutesEditor'
import { SendingPage } from '../kirim/SendingPage'

/** #/rapat, #/rapat/baru, #/rapat/<id>[/langkah/<step>], #/rapat/<id>/ubah[/<step to return to>], #/rapat/<id>/hadir[/<day>], #/rapat/<id>/notulen, #/rapat/<id>/kirim, #/rapat/tindak-lanjut */
export function RapatPage({ params }: { params: string[] }) {
  const [first, second] = params
  if (first === 'baru') return <MeetingEditor />
  if (first === 'tindak-lanjut') return <ActionItemsPage />
  if (first && second === 'notulen') return <MinutesEditor meetingId={first} />
  if (first && second === 'ubah') return <MeetingEditor meetingId={first} returnTo={meetingStepOf(params[2])} />
  if (first && second === 'kirim') return <SendingPage meetingId={first} />
  if (first && second === 'hadir') return <AttendancePage meetingId={first} day={params[2]} />
  if (first) return <MeetingDetail meetingId={first} step={meetingStepOf(second === 'langkah' ? params[2] : undefined)} />
  return <MeetingList />
}
