import { z } from 'zod'

export const windowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(800).max(10000),
  height: z.number().int().min(560).max(10000),
  maximized: z.boolean()
})
export type WindowState = z.infer<typeof windowState>

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 800, maximized: false }

export interface Area {
  x: number
  y: number
  width: number
  height: number
}

/** Reads the remembered window; drops a position that no longer lies on any display (monitor unplugged). */
export function restoreWindowState(raw: unknown, displays: Area[]): WindowState {
  const parsed = windowState.safeParse(raw)
  if (!parsed.success) return DEFAULT_WINDOW
  const s = parsed.data
  if (s.x === undefined || s.y === undefined) return { ...s, x: undefined, y: undefined }
  const { x, y } = s
  const visible = displays.some((d) => x >= d.x - 50 && y >= d.y - 10 && x < d.x + d.width - 100 && y < d.y + d.height - 100)
  return visible ? s : { width: s.width, height: s.height, maximized: s.maximized }
}
