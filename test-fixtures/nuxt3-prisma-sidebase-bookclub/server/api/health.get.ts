// ok: missing-auth
export default defineEventHandler(() => ({ ok: true, time: new Date().toISOString() }));
