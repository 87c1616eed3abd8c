// ok: missing-auth
export default defineEventHandler(() => ({ ok: true }))
