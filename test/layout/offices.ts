import fc from 'fast-check'
import type { Snapshot } from '../../shared/datafile'
import type { MeetingRole, OfficeLevel, Organisation, Person } from '../../shared/model'
import { officeLevelLabel } from '../../shared/model/office'

/**
 * Generated offices for the layout checker: the demo office's snapshot with another level, paper,
 * names, invitees, days and committee. Every issued document loses its frozen copy, so each one
 * prints as the current code would issue it.
 */
export interface OfficeShape {
  level: Exclude<OfficeLevel, 'pusat'>
  paper: 'F4' | 'A4'
  /** The office part of its letter numbers; may hold slashes, dots and spaces (FORMATS: "TP.PKK", "PKK KEC"). */
  officeCode: string
  regionName: string
  ketuaName: string
  /** Lengths of the invitees' names (1-300 characters each). */
  inviteeNames: readonly string[]
  /** Every fifth invitee is an organisation when true. */
  withOrganisations: boolean
  days: number
  roles: readonly { group: MeetingRole['group']; name: string }[]
  mode: 'daftar-terlampir' | 'per-penerima'
  /** Characters the names hold besides plain letters: Latin with diacritics and apostrophes, or symbols and emoji too. */
  charset?: 'plain' | 'latin' | 'symbols'
  /** The meeting's time zone. */
  zone?: 'WIB' | 'WITA' | 'WIT'
  /** Who signs: the Ketua, or an acting chair (Pj.) serving on the meeting's dates. */
  signer?: 'ketua' | 'pj'
}

/** One character (or emoji sequence) of each class a name may hold. */
const EXTRA_CHARS: Readonly<Record<'latin' | 'symbols', readonly string[]>> = {
  latin: ['é', 'ñ', 'ü', 'Ç', '’', "'", '–', 'ā'],
  symbols: ['é', '’', '★', '✓', '©', '—', '👍🏽', '🌸', '👩‍💼']
}

/** A name with extra characters put in at word starts, kept within its length where it can be. */
export function withCharset(name: string, charset: OfficeShape['charset'], seed: number): string {
  if (!charset || charset === 'plain') return name
  const extras = EXTRA_CHARS[charset]
  const words = name.split(' ')
  return words.map((w, i) => (i > 0 && (i + seed) % 3 === 0 ? `${extras[(i + seed) % extras.length] ?? ''}${w}` : w)).join(' ')
}

const SYLLABLES = ['ka', 'ri', 'ma', 'su', 'di', 'an', 'to', 'wa', 'ni', 'la', 'ha', 'je', 'pu', 'ro', 'se', 'ti']

/** A name of exactly `length` characters made of words of 2-14 letters (titles and dots included). */
export function nameOfLength(length: number, seed: number): string {
  let s = seed % 2 === 0 ? 'Ny. ' : 'Dra. Hj. '
  let i = seed
  while (s.length < length) {
    const word = Array.from({ length: 1 + (i % 6) }, (_, k) => SYLLABLES[(i * 7 + k * 3) % SYLLABLES.length] ?? 'a').join('')
    s += (s.endsWith(' ') ? '' : ' ') + word.charAt(0).toUpperCase() + word.slice(1)
    i++
  }
  const out = s.slice(0, length).trim()
  return out.length > 0 ? out : 'A'
}

const levels = ['provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan'] as const

type Charset = NonNullable<OfficeShape['charset']>

export const officeShape = (opts: { maxInvitees?: number; maxRoles?: number; charsets?: readonly Charset[] } = {}): fc.Arbitrary<OfficeShape> =>
  fc.record({
    level: fc.constantFrom(...levels),
    paper: fc.constantFrom('F4' as const, 'A4' as const),
    officeCode: fc.constantFrom('PKK-PROP', 'TP.PKK/KAB.AGAM', 'PKK.DIY', 'TP-PKK/KEC.KOTO-BARU.TIMUR'),
    regionName: fc.constantFrom('Sumatera Barat', 'Kepulauan Bangka Belitung', 'Agam', 'Lima Puluh Kota', 'Padang Panjang Timur', 'Nagari Koto Baru'),
    ketuaName: fc.integer({ min: 1, max: 120 }).map((n) => nameOfLength(n, n)),
    inviteeNames: fc
      .array(fc.integer({ min: 1, max: 300 }), { minLength: 3, maxLength: opts.maxInvitees ?? 500, size: 'max' })
      .map((lengths) => lengths.map((n, i) => nameOfLength(n, i + n))),
    withOrganisations: fc.boolean(),
    days: fc.integer({ min: 1, max: 3 }),
    roles: fc.array(
      fc.record({ group: fc.constantFrom('panitia' as const, 'narasumber' as const, 'moderator' as const), name: fc.integer({ min: 1, max: 200 }).map((n) => nameOfLength(n, n + 3)) }),
      { maxLength: opts.maxRoles ?? 40 }
    ),
    mode: fc.constantFrom('daftar-terlampir' as const, 'per-penerima' as const),
    charset: fc.constantFrom(...(opts.charsets ?? (['plain', 'latin', 'symbols'] as const))),
    zone: fc.constantFrom('WIB' as const, 'WITA' as const, 'WIT' as const),
    signer: fc.constantFrom('ketua' as const, 'pj' as const)
  })

const dayAfter = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

/** The demo snapshot turned into the office `shape` describes. */
export function generatedOffice(base: Snapshot, shape: OfficeShape): Snapshot {
  const profile = base.profile[0]
  const meeting = base.meetings[0]
  if (!profile || !meeting) throw new Error('Snapshot demo tanpa kantor atau rapat')
  const label = officeLevelLabel[shape.level]
  const orgs: Organisation[] = base.organisations
  const people: Person[] = shape.inviteeNames.map((name, i) => ({
    ...(base.people[i % base.people.length] as Person),
    id: `gen-p-${i}`,
    name: withCharset(name, shape.charset, i),
    position: i % 3 === 0 ? 'Ketua' : i % 3 === 1 ? 'Kepala Bidang Pemberdayaan Masyarakat' : '',
    organisationId: orgs[i % orgs.length]?.id
  }))
  const invitees = people.map((p, i) => {
    const org = shape.withOrganisations && i % 5 === 4 ? orgs[i % orgs.length] : undefined
    return {
      id: `gen-i-${i}`,
      meetingId: meeting.id,
      key: org ? `o:${org.id}` : `p:${p.id}`,
      kind: org ? ('organisation' as const) : ('person' as const),
      ...(org ? { organisationId: org.id } : { personId: p.id }),
      order: i,
      createdAt: meeting.createdAt
    }
  })
  // An organisation invited twice is refused by the app; keep the first.
  const seen = new Set<string>()
  const unique = invitees.filter((i) => (seen.has(i.key) ? false : (seen.add(i.key), true)))
  const roles: MeetingRole[] = shape.roles.map((r, i) => ({
    id: `gen-r-${i}`,
    meetingId: meeting.id,
    group: r.group,
    roleTitle: r.group === 'panitia' ? (i === 0 ? 'Ketua' : 'Anggota') : '',
    name: r.name,
    position: `Kepala Bidang ${label} ${shape.regionName}`,
    topic: r.group === 'narasumber' ? 'Sinergi program OPD dengan 10 Program Pokok PKK' : '',
    order: i
  }))
  // An acting chair serving on every date, chosen as the signer of the meeting and its invitation.
  const pj =
    shape.signer === 'pj'
      ? { id: 'gen-pj', kind: 'pj' as const, name: nameOfLength(40, 7), title: `Ketua TP PKK ${label} ${shape.regionName}`, from: '', to: '' }
      : undefined
  const pjChoice = { signerId: 'gen-pj', useSignatureImage: false, useStamp: false }
  const dates = Array.from({ length: shape.days }, (_, d) => dayAfter(meeting.dates[0] ?? '2019-12-20', d))
  return {
    ...base,
    profile: [
      {
        ...profile,
        level: shape.level,
        paper: shape.paper,
        regionName: shape.regionName,
        officeName: `TIM PENGGERAK PKK ${label.toUpperCase()} ${shape.regionName.toUpperCase()}`,
        ketuaName: shape.ketuaName,
        officeCode: shape.officeCode,
        ketuaTitle: `Ketua TP PKK ${label} ${shape.regionName}`,
        ...(pj ? { signers: [...(profile.signers ?? []), pj] } : {})
      }
    ],
    people,
    letters: base.letters.map((l) => ({ ...l, number: l.number.replace(profile.officeCode, shape.officeCode) })),
    meetings: [{ ...meeting, dates, timeZone: shape.zone ?? meeting.timeZone, ...(pj ? { signer: pjChoice } : {}) }],
    invitees: unique,
    roles,
    attendance: [],
    documents: base.documents.map((d) => {
      const { frozen: _frozen, ...doc } = d
      return doc.undangan
        ? { ...doc, undangan: { ...doc.undangan, mode: shape.mode, lampiran: shape.mode === 'per-penerima' ? '-' : doc.undangan.lampiran, ...(pj ? { signer: pjChoice } : {}) } }
        : doc
    })
  }
}
