import { ZodError } from 'zod'

/** A message for the secretary: Electron's "Error invoking remote method ..." prefix and zod's paths left out. */
export function errorText(err: unknown): string {
  if (err instanceof ZodError) return err.issues.map((i) => i.message).join('; ')
  const raw = err instanceof Error ? err.message : String(err)
  return raw.replace(/^Error invoking remote method '[^']+': (?:\w*Error: )?/, '')
}
