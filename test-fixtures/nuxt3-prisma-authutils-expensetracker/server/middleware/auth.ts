// Session guard for the expense and category APIs.
const PROTECTED = ['/api/expenses', '/api/categories'];

export default defineEventHandler(async (event) => {
  const path = getRequestURL(event).pathname;
  if (!PROTECTED.some((prefix) => path.startsWith(prefix))) return;

  const session = await getUserSession(event);
  if (!session.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  event.context.user = session.user;
});
