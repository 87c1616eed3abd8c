// Reports are for signed-in agency staff only
export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/reports')) return;
  const session = await getUserSession(event);
  if (!session.user) throw createError({ statusCode: 401, statusMessage: 'Sign in required' });
});
