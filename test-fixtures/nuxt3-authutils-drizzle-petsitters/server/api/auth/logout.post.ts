// ok: missing-auth
export default defineEventHandler(async (event) => {
  await clearUserSession(event);
  return { ok: true };
});
