import { authkitMiddleware } from '@workos-inc/authkit-nextjs';
import { withAuth as kindeAuth } from '@kinde-oss/kinde-auth-nextjs/middleware';
import type { NextFetchEvent, NextRequest } from 'next/server';

// Nonprofit staff sign in with WorkOS (SSO per organisation)
const staffMiddleware = authkitMiddleware({
  middlewareAuth: {
    enabled: true,
    unauthenticatedPaths: [
      '/',
      '/campaigns/:slug',
      '/api/campaigns/:slug/supporters',
      '/api/public/:path*',
      '/api/webhooks/:path*',
      '/api/receipts/:path*',
    ],
  },
  redirectUri: process.env.NEXT_PUBLIC_WORKOS_REDIRECT_URI,
});

// Donors manage their gifts in the portal, signed in with Kinde
function donorMiddleware(request: NextRequest) {
  return kindeAuth(request, {
    isReturnToCurrentPage: true,
    publicPaths: ['/portal/welcome', '/api/portal/campaigns', '/api/portal/impact'],
  });
}

export default function middleware(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/portal') || pathname.startsWith('/api/portal')) {
    return donorMiddleware(request);
  }
  return staffMiddleware(request, event);
}

export const config = {
  matcher: [
    '/',
    '/campaigns/:path*',
    '/dashboard/:path*',
    '/portal/:path*',
    '/api/orgs/:path*',
    '/api/campaigns/:path*',
    '/api/admin/:path*',
    '/api/portal/:path*',
    '/api/public/:path*',
    '/api/webhooks/:path*',
    '/api/receipts/:path*',
  ],
};
