export interface StorageStatus {
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

/** Asks the browser not to evict our database under disk pressure (DESIGN.md pitfalls). */
export async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null
  try {
    if (await navigator.storage.persisted()) return true
    return await navigator.storage.persist()
  } catch {
    return null
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted().catch(() => null) : null
  const est = navigator.storage?.estimate ? await navigator.storage.estimate().catch(() => undefined) : undefined
  return { persisted, usage: est?.usage ?? null, quota: est?.quota ?? null }
}
