export function BerandaPage() {
  return <h1>Beranda</h1>
}
