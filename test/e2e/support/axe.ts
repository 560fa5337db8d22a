import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeFinding {
  id: string
  impact: string
  help: string
  targets: string[]
}

interface AxeWindow {
  axe?: {
    run(context: Document, options: object): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }>
  }
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA, and best practices). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const injected = await page.evaluate(() => 'axe' in window)
  // The app's Content-Security-Policy (script-src 'self') refuses an inline <script> tag (addScriptTag);
  // the source is evaluated through the DevTools protocol instead, which the policy does not govern.
  if (!injected) await page.evaluate(axeSource)
  const found = await page.evaluate(async () => {
    const axe = (window as AxeWindow).axe
    if (!axe) throw new Error('axe-core tidak termuat')
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }))
  })
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** Ids used more than once in the page (label and aria references would point at the wrong element). */
export async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Map<string, number>()
    for (const el of Array.from(document.querySelectorAll('[id]'))) seen.set(el.id, (seen.get(el.id) ?? 0) + 1)
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id)
  })
}

/**
 * Presses Tab through the page once round (at most `limit` times) and returns a description of every focused element
 * that shows no outline, neither on itself nor, for a visually hidden input, on the label around it.
 */
export async function focusWithoutOutline(page: Page, limit: number): Promise<string[]> {
  const missing: string[] = []
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const seen = await page.evaluate((step) => {
      const el = document.activeElement
      if (!(el instanceof HTMLElement) || el === document.body) return null
      // Round the page once: the first control focused is marked, and meeting it again ends the walk.
      if (step === 0) el.dataset['focusWalk'] = 'start'
      else if (el.dataset['focusWalk'] === 'start') return { ok: true, what: '', done: true }
      const shows = (e: Element) => {
        const s = getComputedStyle(e)
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'
      }
      const r = el.getBoundingClientRect()
      const own = getComputedStyle(el)
      // Visually hidden: clipped away (.sr-only), transparent, or a pixel wide.
      const hidden = own.clip !== 'auto' || own.clipPath !== 'none' || own.opacity === '0' || r.width <= 1 || r.height <= 1
      // A 1-pixel input's own outline cannot be seen: the label around it must show the focus.
      const label = el.closest('label')
      // A table row may draw its focus on its cells (a bar on the first cell of the attendance table).
      const ok = hidden ? Boolean(label && shows(label)) : shows(el) || Array.from(el.children).some(shows)
      const name = el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? ''
      return { ok, what: `${el.tagName.toLowerCase()} “${name.trim().slice(0, 40)}”`, done: false }
    }, i)
    if (seen?.done) break
    if (seen && !seen.ok) missing.push(seen.what)
  }
  return [...new Set(missing)]
}
