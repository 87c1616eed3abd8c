import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth.config';

const { auth } = NextAuth(authConfig);

export default auth((req) => {
  if (req.auth) return NextResponse.next();

  if (req.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }

  const login = new URL('/login', req.nextUrl.origin);
  login.searchParams.set('callbackUrl', req.nextUrl.pathname);
  return NextResponse.redirect(login);
});

// Only the app shell and the template catalogue are gated here.
// Everything else under /api checks the session itself (or is public on purpose).
export const config = {
  matcher: ['/dashboard/:path*', '/settings/:path*', '/api/templates/:path*'],
};
