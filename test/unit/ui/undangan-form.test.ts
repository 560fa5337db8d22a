import { describe, expect, test } from 'vitest'
import { defaultUndanganDraft } from '@shared/meetings'
import { ketuaSigner } from '@shared/model'
import { fromForm, toForm } from '@renderer/features/rapat/undangan-form'

const meeting = { title: 'Rapat Konsultasi', dates: ['2019-12-20'], signer: ketuaSigner }

describe('the Undangan form and the personal code box', () => {
  const saved = { ...defaultUndanganDraft(meeting, '2019-12-17', 3), mode: 'per-penerima' as const, tembusan: ['Arsip'] }

  test('a draft saved before the option opens ticked and saves back exactly as it was', () => {
    expect(saved).not.toHaveProperty('personalCode')
    expect(toForm(saved).printCode).toBe(true)
    expect(fromForm(toForm(saved))).toEqual(saved)
  })

  test('unticked, the draft says personalCode: false; ticked again, the field is gone', () => {
    const off = fromForm({ ...toForm(saved), printCode: false })
    expect(off.personalCode).toBe(false)
    expect(toForm(off).printCode).toBe(false)
    expect(fromForm({ ...toForm(off), printCode: true })).toEqual(saved)
  })
})
