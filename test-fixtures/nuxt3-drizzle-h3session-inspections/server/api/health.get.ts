// ok: missing-auth
export default defineEventHandler(() => ({ status: 'ok', time: new Date().toISOString() }));
