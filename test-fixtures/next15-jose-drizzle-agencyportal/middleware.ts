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
  const token = req.cookies.get('portal_session')?.value;
  if (!token) return reject(req);
  try {
    await jwtVerify(token, key, { algorithms: ['HS256'] });
    return NextResponse.next();
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
