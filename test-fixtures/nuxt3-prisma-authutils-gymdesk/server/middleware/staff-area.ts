// Everything under /api/staff is for the gym's owners and managers.
export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/staff')) return;
  const session = await getUserSession(event);
  if (!session.user) {
    throw createError({ statusCode: 401, statusMessage: 'Sign in first' });
  }
  if (session.user.role !== 'owner' && session.user.role !== 'manager') {
    throw createError({ statusCode: 403, statusMessage: 'Staff only' });
  }
});
