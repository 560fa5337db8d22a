// TEMPORARY: replaced in this session by the numbering settings panel.
export function NumberingPanel() {
  return null
}
