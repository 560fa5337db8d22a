import { forwardRef, memo, useEffect, useMemo, useState, type CSSProperties } from 'react'
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { moveOnto, moveToNumberFields, type InviteeView } from '@shared/meetings'
import { getDb } from '../../data/db'
import { moveInviteeToNumber, sortInviteesByProtocol } from '../../data/invitee-order-repo'
import { moveInvitee, removeInvitee } from '../../data/meetings-repo'
import { Dialog, DialogFooter } from '../../ui/Dialog'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { errorText } from '../../ui/error-text'
import { useModelForm } from '../../ui/model-form'
import { settingsHref } from '../pengaturan/sections'
import { InviteePicker } from './InviteePicker'

type Message = { kind: 'success' | 'error'; text: string }

/**
 * "Diundang": the invitees in their one order (hers, as entered or imported), which the lampiran of the
 * Undangan and the Daftar Hadir print. She changes it by dragging a row's handle (with the mouse, or
 * from the keyboard: Spasi, panah, Spasi), ↑/↓, "Pindah ke nomor …", or once by protocol.
 */
// Memoised: the meeting page draws again for its header's states; the 65 rows only when the list changed.
export const InviteeList = memo(forwardRef<HTMLElement, { meetingId: string; invitees: InviteeView[] }>(function InviteeList({ meetingId, invitees }, ref) {
  const [picking, setPicking] = useState(false)
  const [moving, setMoving] = useState<InviteeView | null>(null)
  const [confirmSort, setConfirmSort] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)
  const ids = useMemo(() => invitees.map((i) => i.id), [invitees])
  const byId = useMemo(() => new Map(invitees.map((v, n) => [v.id, { view: v, number: n + 1 }])), [invitees])
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))
  const report = (p: Promise<unknown>) => p.catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }))

  const nameOf = (id: unknown) => byId.get(String(id))?.view.name ?? 'Baris'
  const announcements: Announcements = {
    onDragStart: ({ active }) => `${nameOf(active.id)} diangkat dari nomor ${byId.get(String(active.id))?.number ?? ''}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} di atas nomor ${byId.get(String(over.id))?.number ?? ''}.` : `${nameOf(active.id)} di luar daftar.`),
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dipindah ke nomor ${byId.get(String(over.id))?.number ?? ''}.` : `${nameOf(active.id)} dilepas di tempatnya.`),
    onDragCancel: ({ active }) => `Pemindahan ${nameOf(active.id)} dibatalkan.`
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const next = moveOnto(ids, String(active.id), String(over.id))
    void report(moveInviteeToNumber(getDb(), meetingId, String(active.id), next.indexOf(String(active.id)) + 1))
  }

  async function sortByProtocol() {
    setConfirmSort(false)
    try {
      await sortInviteesByProtocol(getDb(), meetingId)
      setMessage({ kind: 'success', text: 'Daftar diurutkan menurut protokoler. Urutan ini dapat diubah lagi dengan menyeret atau “Pindah ke nomor”.' })
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) })
    }
  }

  return (
    <section className="panel invitees" aria-label="Diundang" id="diundang" ref={ref} tabIndex={-1}>
      <div className="page-head">
        <h2>Diundang ({invitees.length})</h2>
        <div className="toolbar">
          <button type="button" onClick={() => setConfirmSort(true)} disabled={invitees.length < 2}>
            Urutkan menurut protokoler
          </button>
          <button type="button" className="primary" onClick={() => setPicking(true)}>
            Tambah undangan
          </button>
        </div>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {invitees.length === 0 ? (
        <p className="muted">Belum ada yang diundang. Pilih orang, organisasi, atau kelompok dari buku alamat.</p>
      ) : (
        <>
          <p className="muted small">
            Urutan ini dicetak pada lampiran undangan dan daftar hadir. Seret pegangan ⠿ untuk memindah baris, atau dari papan ketik: fokus ke pegangan, tekan{' '}
            <kbd>Spasi</kbd>, <kbd>↑</kbd> <kbd>↓</kbd>, lalu <kbd>Spasi</kbd> lagi.
          </p>
          <div className="table-wrap invitee-table" tabIndex={0} role="region" aria-label="Daftar yang diundang">
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={onDragEnd}
              accessibility={{
                announcements,
                screenReaderInstructions: {
                  draggable: 'Untuk memindah baris, tekan Spasi. Saat memindah, pakai panah atas atau bawah; tekan Spasi lagi untuk meletakkan, atau Escape untuk batal.'
                }
              }}
            >
              <table className="data invitee-list">
                <thead>
                  <tr>
                    <th aria-label="Pegangan" />
                    <th className="num">No</th>
                    <th>Nama / Ditujukan kepada</th>
                    <th>Jabatan</th>
                    <th>Instansi</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  <SortableContext items={ids} strategy={verticalListSortingStrategy}>
                    {invitees.map((inv, i) => (
                      <InviteeRow
                        key={inv.id}
                        invitee={inv}
                        number={i + 1}
                        last={i === invitees.length - 1}
                        onUp={() => void report(moveInvitee(getDb(), meetingId, inv.id, -1))}
                        onDown={() => void report(moveInvitee(getDb(), meetingId, inv.id, 1))}
                        onMoveTo={() => setMoving(inv)}
                        onRemove={() => void report(removeInvitee(getDb(), meetingId, inv.id))}
                      />
                    ))}
                  </SortableContext>
                </tbody>
              </table>
            </DndContext>
          </div>
        </>
      )}
      {picking && <InviteePicker meetingId={meetingId} invited={new Set(invitees.map((i) => i.key))} onClose={() => setPicking(false)} />}
      {moving && (
        <MoveToNumberDialog
          invitee={moving}
          number={(byId.get(moving.id)?.number ?? 1)}
          count={invitees.length}
          onClose={() => setMoving(null)}
          onMove={async (n) => {
            await moveInviteeToNumber(getDb(), meetingId, moving.id, n)
            setMoving(null)
          }}
        />
      )}
      {confirmSort && (
        <Dialog title="Urutkan menurut protokoler?" onClose={() => setConfirmSort(false)}>
          <p>
            Daftar diurutkan sekali menurut tingkat protokoler kantor (
            <a href={settingsHref('protokoler')} onClick={() => setConfirmSort(false)}>
              Pengaturan › Urutan protokoler
            </a>
            ): Ketua dan pengurus, pimpinan OPD, lalu TP PKK kabupaten/kota. Urutan sekarang diganti; sesudahnya tetap dapat diubah satu per satu.
          </p>
          <DialogFooter primary={{ label: 'Urutkan', onClick: () => void sortByProtocol() }} />
        </Dialog>
      )}
    </section>
  )
}))

interface RowProps {
  invitee: InviteeView
  number: number
  last: boolean
  onUp(): void
  onDown(): void
  onMoveTo(): void
  onRemove(): void
}

function InviteeRow({ invitee: inv, number, last, onUp, onDown, onMoveTo, onRemove }: RowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: inv.id })
  // A style attribute only while the row moves (dnd-kit's transform and transition) or is dragged.
  const style: CSSProperties | undefined =
    transform || transition || isDragging ? { transform: CSS.Translate.toString(transform), transition, ...(isDragging ? { position: 'relative', zIndex: 1 } : {}) } : undefined
  return (
    <tr ref={setNodeRef} style={style} className={isDragging ? 'dragging' : undefined} data-invitee={inv.id}>
      <td className="drag-cell">
        <button type="button" className="drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Pindahkan ${inv.name} (nomor ${number})`} aria-roledescription="baris yang dapat dipindah">
          ⠿
        </button>
      </td>
      <td className="num">{number}</td>
      <td>{inv.name}</td>
      <td>{inv.position}</td>
      <td>{inv.organisationName}</td>
      <td className="row-actions">
        <button type="button" aria-label={`Naikkan ${inv.name}`} disabled={number === 1} onClick={onUp}>
          ↑
        </button>
        <button type="button" aria-label={`Turunkan ${inv.name}`} disabled={last} onClick={onDown}>
          ↓
        </button>
        <button type="button" aria-label={`Pindah ke nomor… ${inv.name}`} onClick={onMoveTo}>
          Pindah ke nomor…
        </button>
        <button type="button" aria-label={`Hapus ${inv.name} dari undangan`} onClick={onRemove}>
          Hapus
        </button>
      </td>
    </tr>
  )
}

function MoveToNumberDialog({
  invitee,
  number,
  count,
  onClose,
  onMove
}: {
  invitee: InviteeView
  number: number
  count: number
  onClose(): void
  onMove(n: number): Promise<void>
}) {
  const schema = useMemo(() => moveToNumberFields(count), [count])
  const { register, handleSubmit, formState, setError, setFocus } = useModelForm(schema, { defaultValues: { number: '' } })
  useEffect(() => setFocus('number'), [setFocus])
  const submit = handleSubmit(async (v) => {
    try {
      await onMove(Number(v.number.trim()))
    } catch (err) {
      setError('number', { message: errorText(err) }, { shouldFocus: true })
    }
  })
  return (
    <Dialog title="Pindah ke nomor" onClose={onClose} dirty={formState.isDirty}>
      <form noValidate onSubmit={submit}>
        <p>
          {invitee.name} sekarang nomor {number} dari {count}.
        </p>
        <Field label="Pindah ke nomor" error={formState.errors.number?.message} hint={`1 sampai ${count}`}>
          {(p) => <input {...p} type="text" inputMode="numeric" {...register('number')} />}
        </Field>
        <DialogFooter primary={{ label: 'Pindahkan', disabled: formState.isSubmitting }} />
      </form>
    </Dialog>
  )
}
