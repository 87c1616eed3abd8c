// ok: missing-auth
export default eventHandler(() => ({ ok: true, uptime: process.uptime() }))
