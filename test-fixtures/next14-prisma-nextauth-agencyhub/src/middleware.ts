import { NextResponse } from 'next/server';
import { withAuth } from 'next-auth/middleware';
import { authRatelimit } from '@/lib/ratelimit';

export default withAuth(
  async function middleware(req) {
    // invitation emails are throttled per sender before the handler runs
    if (req.nextUrl.pathname.startsWith('/api/invitations')) {
      const { success } = await authRatelimit.limit(`invite:${req.nextauth.token?.sub ?? 'anonymous'}`);
      if (!success) return new NextResponse('Too many invitations', { status: 429 });
    }
    return NextResponse.next();
  },
  {
    callbacks: {
      authorized: ({ req, token }) => {
        // the team console is for owners only; everything else needs a signed-in user
        if (req.nextUrl.pathname.startsWith('/admin')) return token?.role === 'OWNER';
        return !!token;
      },
    },
  },
);

export const config = {
  matcher: ['/dashboard/:path*', '/admin/:path*', '/api/projects/:path*', '/api/invitations/:path*'],
};
