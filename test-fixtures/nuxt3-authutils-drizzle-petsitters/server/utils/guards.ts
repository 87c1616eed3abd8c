import type { H3Event } from 'h3';

// onRequest hook for route handlers
export async function requireSignedIn(event: H3Event) {
  const session = await getUserSession(event);
  if (!session.user) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
}
