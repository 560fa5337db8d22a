import { z } from 'zod'
import { id, requiredText } from './common'
import { organisationKinds } from './contacts'

/**
 * One rank of the office's protocol order ("Urutkan menurut protokoler"): which invitees it holds
 * (people, organisations addressed to their head, or both; of which kind of organisation) and, when
 * given, the positions it holds in their order. An invitee takes the first rank that holds her.
 */
export const protocolInviteeKinds = ['semua', 'orang', 'organisasi'] as const
export type ProtocolInviteeKind = (typeof protocolInviteeKinds)[number]
export const protocolInviteeKindLabel: Record<ProtocolInviteeKind, string> = {
  semua: 'Orang dan organisasi',
  orang: 'Orang saja',
  organisasi: 'Organisasi saja'
}
/** 'kantor' is the office's own TP PKK (its Ketua and pengurus); 'pkk' the other TP PKK (kabupaten/kota, kecamatan units). */
export const protocolOrganisationKinds = ['semua', 'kantor', ...organisationKinds] as const
export type ProtocolOrganisationKind = (typeof protocolOrganisationKinds)[number]
export const protocolOrganisationKindLabel: Record<ProtocolOrganisationKind, string> = {
  semua: 'Semua jenis',
  kantor: 'TP PKK kantor ini',
  opd: 'OPD / Instansi Pemerintah',
  pkk: 'TP PKK lain (kabupaten/kota, kecamatan)',
  lainnya: 'Lainnya'
}

export const MAX_PROTOCOL_RANKS = 20
export const MAX_RANK_POSITIONS = 40

export const protocolRank = z.object({
  id,
  label: requiredText(120, 'Nama tingkat'),
  invitee: z.enum(protocolInviteeKinds),
  organisationKind: z.enum(protocolOrganisationKinds),
  /** Position (or head's title) beginnings in protocol order, e.g. "Ketua", "Wakil Ketua"; empty holds every position. */
  positions: z.array(requiredText(120, 'Jabatan')).max(MAX_RANK_POSITIONS, { message: `Paling banyak ${MAX_RANK_POSITIONS} jabatan per tingkat` })
})
export type ProtocolRank = z.infer<typeof protocolRank>

export const protocolRanks = z
  .array(protocolRank)
  .max(MAX_PROTOCOL_RANKS, { message: `Paling banyak ${MAX_PROTOCOL_RANKS} tingkat` })
  .refine((list) => new Set(list.map((r) => r.id)).size === list.length, { message: 'Id tingkat ganda' })

/**
 * The order a TP PKK office seats its guests when it has set none: its own Ketua and pengurus, then the
 * heads of OPD (organisation invites and people titled Kepala), other OPD officials, then the other TP PKK
 * (kabupaten/kota units, addressed to their Ketua, and their people), then everyone else.
 */
export const defaultProtocolRanks: readonly ProtocolRank[] = [
  {
    id: 'pengurus',
    label: 'Ketua dan pengurus TP PKK',
    invitee: 'orang',
    organisationKind: 'kantor',
    positions: [
      'Ketua',
      'Wakil Ketua',
      'Sekretaris',
      'Wakil Sekretaris',
      'Bendahara',
      'Wakil Bendahara',
      'Ketua Pokja',
      'Sekretaris Pokja',
      'Anggota Pokja',
      'Anggota'
    ]
  },
  { id: 'kepala-opd', label: 'Pimpinan OPD', invitee: 'semua', organisationKind: 'opd', positions: ['Kepala'] },
  { id: 'pejabat-opd', label: 'Pejabat OPD lainnya', invitee: 'semua', organisationKind: 'opd', positions: ['Sekretaris', 'Kepala Bidang', 'Kepala Bagian', 'Kepala Seksi'] },
  { id: 'unit-pkk', label: 'TP PKK kabupaten/kota dan unit', invitee: 'semua', organisationKind: 'pkk', positions: [] },
  { id: 'lainnya', label: 'Lainnya', invitee: 'semua', organisationKind: 'semua', positions: [] }
]
