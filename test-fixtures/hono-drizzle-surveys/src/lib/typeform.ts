// Typeform signs the raw body with HMAC-SHA256 and sends `sha256=<base64>` in `Typeform-Signature`.
export async function verifyTypeformSignature(secret: string, rawBody: string, header: string | undefined): Promise<boolean> {
  if (!header?.startsWith('sha256=')) return false
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  const given = Uint8Array.from(atob(header.slice(7)), (ch) => ch.charCodeAt(0))
  return crypto.subtle.verify('HMAC', key, given, new TextEncoder().encode(rawBody))
}
