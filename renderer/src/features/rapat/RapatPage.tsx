import { MeetingDetail } from './MeetingDetail'
import { MeetingEditor } from './MeetingEditor'
import { MeetingList } from './MeetingList'

/** #/rapat, #/rapat/baru, #/rapat/<id>, #/rapat/<id>/ubah */
export function RapatPage({ params }: { params: string[] }) {
  const [first, second] = params
  if (first === 'baru') return <MeetingEditor />
  if (first && second === 'ubah') return <MeetingEditor meetingId={first} />
  if (first) return <MeetingDetail meetingId={first} />
  return <MeetingList />
}
