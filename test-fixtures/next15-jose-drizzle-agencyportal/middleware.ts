import { NextResponse, type NextRequest } from 'next/server';
import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.SESSION_SECRET);

function reject(req: NextRequest) {
  if (req.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const login = new URL('/login', req.url);
  login.searchParams.set('next', req.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export async function middleware(req: NextRequest) {
  // Status badges are embedded in clients' own wikis, where nobody is signed in to the portal.
  if (req.nextUrl.pathname.startsWith('/api/projects/status/')) return NextResponse.next();

  const token = req.cookies.get('portal_session')?.value;
  if (!token) return reject(req);
  try {
    const { payload } = await jwtVerify<{ clientId: number | null; role: 'client' | 'staff' }>(token, key, { algorithms: ['HS256'] });
    // the agency's own back office
    if (req.nextUrl.pathname.startsWith('/dashboard/admin') && payload.role !== 'staff') {
      return NextResponse.redirect(new URL('/dashboard', req.url));
    }
    // Hand the caller's client to the route handlers; whatever the browser sent under this name is replaced.
    const headers = new Headers(req.headers);
    headers.set('x-portal-client-id', String(payload.clientId ?? ''));
    return NextResponse.next({ request: { headers } });
  } catch {
    return reject(req);
  }
}

// Only the dashboard and the project API sit behind the middleware; everything
// else is expected to call getSession() itself.
export const config = {
  matcher: [
    '/dashboard/:path*',
    '/api/projects/:path*',
    { source: '/api/team/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
  ],
};
