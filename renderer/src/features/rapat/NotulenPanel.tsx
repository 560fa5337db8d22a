import { kesimpulanFileName, kesimpulanLayout, notulenFileName, notulenLayout, signedKesimpulanFileName } from '@shared/meetings'
import type { Meeting, OfficeProfile } from '@shared/model'
import { getDb } from '../../data/db'
import { useActionItems, useMinutes } from '../../data/minutes-hooks'
import { loadMinutesInput } from '../../data/minutes-repo'
import { DocumentActions } from '../../documents/DocumentActions'
import { SignedPdfButton } from '../../documents/SignedPdfButton'

/** Notulen and Kesimpulan Rapat of a meeting: the editor, the two documents, the signed conclusions. */
export function NotulenPanel({ meeting, profile }: { meeting: Meeting; profile: OfficeProfile }) {
  const minutes = useMinutes(meeting.id)
  const actions = useActionItems(meeting.id)
  if (minutes === undefined) return <p className="muted">Memuat…</p>
  const open = actions?.filter((a) => a.status === 'terbuka').length ?? 0
  const conclusions = minutes?.kesimpulan.length ?? 0
  const input = () => loadMinutesInput(getDb(), meeting.id)
  return (
    <div className="document-card" role="region" aria-label="Notulen dan kesimpulan">
      <div className="page-head">
        <h3>Notulen dan Kesimpulan Rapat</h3>
        <a className="button" href={`#/rapat/${meeting.id}/notulen`}>
          {minutes ? 'Buka notulen' : 'Tulis notulen'}
        </a>
      </div>
      <p className="muted">
        {minutes
          ? `${conclusions} kesimpulan, ${actions?.length ?? 0} tindak lanjut (${open} terbuka). Disimpan otomatis saat diketik.`
          : 'Belum ada notulen. Notulen dapat ditulis selama rapat berlangsung; setiap ketikan tersimpan otomatis.'}
      </p>
      <section aria-label="Dokumen Notulen">
        <h4>Notulen</h4>
        <DocumentActions
          fileName={notulenFileName(meeting)}
          build={() => input().then(notulenLayout)}
          disabled={!minutes}
          disabledReason="Tulis notulen terlebih dahulu."
          signing={{ documentLabel: 'Notulen Rapat', meetingTitle: meeting.title, location: profile.placeName, zone: profile.timeZone }}
        />
      </section>
      <section aria-label="Dokumen Kesimpulan Rapat">
        <h4>Kesimpulan Rapat</h4>
        <DocumentActions
        fileName={kesimpulanFileName(meeting)}
        build={() => input().then(kesimpulanLayout)}
        disabled={conclusions === 0}
        disabledReason="Isi kesimpulan di notulen terlebih dahulu."
      />
      <SignedPdfButton
        fileName={signedKesimpulanFileName(meeting)}
        documentLabel="Kesimpulan Rapat"
        meetingTitle={meeting.title}
        location={profile.placeName}
        zone={profile.timeZone}
        build={() => input().then(kesimpulanLayout)}
        disabled={conclusions === 0}
      />
      </section>
    </div>
  )
}
