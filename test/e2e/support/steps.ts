import type { Page } from 'playwright-core'
import { visible } from './browser'

export type StepName = 'Data rapat' | 'Undangan' | 'Keputusan' | 'Daftar hadir' | 'Notulen dan Kesimpulan' | 'Laporan kegiatan'

/** The step's tab in the meeting page's step bar (its name is the step's, then its state). */
export const stepTab = (page: Page, step: StepName) =>
  page.getByRole('tablist', { name: 'Langkah rapat' }).getByRole('tab', { name: new RegExp(`^${step}`) })

/** Opens one step of the meeting's page, as the secretary clicks its tab, and waits for its panel. */
export async function openStep(page: Page, step: StepName): Promise<void> {
  await stepTab(page, step).click()
  await visible(page.getByRole('tabpanel', { name: new RegExp(`^${step}`) }))
}
