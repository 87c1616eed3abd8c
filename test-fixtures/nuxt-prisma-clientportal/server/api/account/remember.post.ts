import { randomBytes } from 'node:crypto'

// Keeps the user signed in on this device for 30 days.
export default defineEventHandler(async (event) => {
  const user = event.context.user
  const token = randomBytes(32).toString('hex')
  await useStorage('data').setItem(`remember:${token}`, { userId: user.id })
  // expect: insecure-cookie
  setCookie(event, 'remember_token', token, { maxAge: 60 * 60 * 24 * 30, path: '/' })
  return { ok: true }
})
