import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>No claim at this address</h1>
      <p>
        Permalinks here never change, so this address was never published. <Link href="/">See every claim</Link>.
      </p>
    </>
  )
}
