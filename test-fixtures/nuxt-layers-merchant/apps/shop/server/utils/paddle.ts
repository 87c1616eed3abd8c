import { createHmac, timingSafeEqual } from 'node:crypto'

/** Paddle Billing's `ts=...;h1=...` signature over `ts:body`. */
export function verifyPaddleSignature(rawBody: string, header: string | undefined, secret: string): boolean {
  if (!header) return false
  const parts = Object.fromEntries(header.split(';').map((kv) => kv.split('=') as [string, string]))
  if (!parts.ts || !parts.h1) return false
  const expected = createHmac('sha256', secret).update(`${parts.ts}:${rawBody}`).digest('hex')
  return timingSafeEqual(Buffer.from(expected), Buffer.from(parts.h1))
}
