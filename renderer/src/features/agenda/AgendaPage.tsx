// TEMPORARY: replaced in this session by the feature's real page.
export function AgendaPage({ params }: { params: string[] }) {
  return <h1>{params.join('/')}</h1>
}
