import { getServerSession } from '#auth';

// puts the signed-in user on the context; the club API refuses anonymous callers here
export default defineEventHandler(async (event) => {
  const session = await getServerSession(event);
  if (session?.user) event.context.user = session.user;
  const path = getRequestURL(event).pathname;
  if (path.startsWith('/api/clubs') && !event.context.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
});
