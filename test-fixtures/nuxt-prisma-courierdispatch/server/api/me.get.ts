// ok: missing-auth
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) throw createError({ statusCode: 401, statusMessage: 'Not signed in' });
  // ok: token-logging
  console.debug('me', { userId: session.user.id });
  return session.user;
});
