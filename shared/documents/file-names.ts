/**
 * A file name from a document's words: "Undangan 296-SKR-PKK-PROP-XII-2019". Letter numbers hold
 * slashes, which no file system allows; other forbidden characters go too, the rest is kept.
 */
export function documentFileName(...parts: string[]): string {
  const joined = parts
    .map((p) => p.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/[/\\]+/g, '-')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[:*?"<>|\u0000-\u001f]+/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
  return (joined || 'Dokumen').slice(0, 150).trim()
}
