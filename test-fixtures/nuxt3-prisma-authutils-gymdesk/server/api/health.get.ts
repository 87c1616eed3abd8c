// ok: missing-auth
export default defineEventHandler(() => ({ status: 'ok' }));
