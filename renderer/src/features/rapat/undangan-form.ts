import { linesToItems } from '@shared/meetings'
import type { UndanganDraft } from '@shared/model'

/** The Undangan form's fields: the draft, the tembusan as lines, the personal code as a box to tick. */
export type DraftForm = Omit<UndanganDraft, 'tembusan' | 'personalCode'> & { tembusanText: string; printCode: boolean }

export const toForm = ({ tembusan, personalCode, ...d }: UndanganDraft): DraftForm => ({ ...d, tembusanText: tembusan.join('\n'), printCode: personalCode !== false })

/**
 * The draft from the form. A printed code is the draft without the field, so a draft saved before the
 * option existed comes back as it was (its change key, and so its issued letter, unchanged).
 */
export const fromForm = ({ tembusanText, printCode, ...rest }: DraftForm): UndanganDraft => ({
  ...rest,
  tembusan: linesToItems(tembusanText),
  ...(printCode ? {} : { personalCode: false })
})
