// Password hashing and webhook signature helpers built on Web Crypto, since
// native bcrypt/argon2 bindings are not available in Workers.

const encoder = new TextEncoder()

// Workers caps PBKDF2 at 100k iterations.
const PBKDF2_ITERATIONS = 100_000
const KEY_LENGTH_BITS = 256

// Used when the user does not exist so that login timing does not reveal
// whether an email is registered.
const DUMMY_SALT = new Uint8Array(16)

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

function fromBase64(value: string): Uint8Array {
  const binary = atob(value)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

function fromHex(value: string): Uint8Array | null {
  if (value.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(value)) return null
  const out = new Uint8Array(value.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(value.slice(i * 2, i * 2 + 2), 16)
  return out
}

function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i]
  return diff === 0
}

async function pbkdf2(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    KEY_LENGTH_BITS,
  )
  return new Uint8Array(bits)
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const hash = await pbkdf2(password, salt, PBKDF2_ITERATIONS)
  return `pbkdf2_sha256$${PBKDF2_ITERATIONS}$${toBase64(salt)}$${toBase64(hash)}`
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (!stored) {
    await pbkdf2(password, DUMMY_SALT, PBKDF2_ITERATIONS)
    return false
  }
  const [scheme, iterations, salt, hash] = stored.split('$')
  if (scheme !== 'pbkdf2_sha256' || !iterations || !salt || !hash) return false
  const candidate = await pbkdf2(password, fromBase64(salt), Number(iterations))
  return timingSafeEqual(candidate, fromBase64(hash))
}

/**
 * Verifies `X-Webhook-Signature: <hex hmac-sha256>` over `${timestamp}.${rawBody}`
 * and rejects deliveries older than five minutes to prevent replays.
 */
export async function verifyWebhookSignature(
  rawBody: string,
  timestamp: string | undefined,
  signature: string | undefined,
  secret: string,
): Promise<boolean> {
  if (!timestamp || !signature) return false
  const sentAt = Number(timestamp)
  if (!Number.isFinite(sentAt) || Math.abs(Date.now() / 1000 - sentAt) > 300) return false

  const expected = fromHex(signature)
  if (!expected) return false

  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  )
  return crypto.subtle.verify('HMAC', key, expected, encoder.encode(`${timestamp}.${rawBody}`))
}
