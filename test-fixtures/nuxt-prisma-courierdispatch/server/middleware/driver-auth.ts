// Driver app endpoints authenticate with a bearer token, not the web session.
export default defineEventHandler((event) => {
  if (!event.path.startsWith('/api/driver/')) return;
  if (event.path.startsWith('/api/driver/login')) return;

  const header = getHeader(event, 'authorization');
  if (!header?.startsWith('Bearer ')) {
    throw createError({ statusCode: 401, statusMessage: 'Missing driver token' });
  }
  try {
    event.context.driver = verifyDriverToken(header.slice(7));
  } catch {
    throw createError({ statusCode: 401, statusMessage: 'Invalid driver token' });
  }
});
