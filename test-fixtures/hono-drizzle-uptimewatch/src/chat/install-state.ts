import { env } from '../env.js'

// the install link carries `<workspaceId>.<hmac>`, signed when a signed-in admin started the install
export async function workspaceForInstallState(state: string): Promise<number | null> {
  const [id, mac] = state.split('.')
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(env().CHAT_CLIENT_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  const ok = await crypto.subtle.verify('HMAC', key, Buffer.from(mac ?? '', 'hex'), new TextEncoder().encode(id))
  return ok ? Number(id) : null
}
