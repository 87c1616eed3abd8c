import { redirect, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { authHandle } from './auth';
import { prisma } from '$lib/server/db';

// Everything needs a signed-in member except these.
const OPEN_PREFIXES = ['/auth', '/signin', '/api/public', '/api/webhooks'];

const requireMember: Handle = async ({ event, resolve }) => {
  if (OPEN_PREFIXES.some((prefix) => event.url.pathname.startsWith(prefix))) {
    return resolve(event);
  }
  const session = await event.locals.auth();
  if (!session?.user?.email) {
    // API clients get a status, browsers the sign-in page
    if (event.url.pathname.startsWith('/api/')) {
      return new Response(JSON.stringify({ error: 'unauthorized' }), { status: 401 });
    }
    redirect(303, `/signin?redirectTo=${encodeURIComponent(event.url.pathname)}`);
  }
  event.locals.member = await prisma.member.findUnique({ where: { email: session.user.email } });
  return resolve(event);
};

export const handle = sequence(authHandle, requireMember);
