// TEMPORARY: replaced in this session by the feature's real page.
export function RapatPage({ params }: { params: string[] }) {
  return <h1>{params.join('/')}</h1>
}
