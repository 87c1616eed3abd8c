import jwt from 'jsonwebtoken';

// Loads the signed-in agent for every request; routes decide whether they need one.
export default defineEventHandler((event) => {
  const token = getCookie(event, 'hd_session');
  if (!token) return;
  try {
    const claims = jwt.verify(token, useRuntimeConfig(event).jwtSecret, { algorithms: ['HS256'] }) as Record<string, string>;
    event.context.agent = { id: claims.sub, workspaceId: claims.wid, role: claims.role, email: claims.email };
  } catch {
    // ok: token-logging
    console.warn('ignoring invalid session cookie on', event.path);
  }
});
