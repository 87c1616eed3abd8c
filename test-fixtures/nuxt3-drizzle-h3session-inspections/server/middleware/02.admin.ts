export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/admin')) return;
  const user = await requireUser(event);
  if (user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Admins only' });
  }
});
