import { withAuth } from 'next-auth/middleware';

export default withAuth({
  callbacks: {
    authorized: ({ req, token }) => {
      if (req.nextUrl.pathname.startsWith('/admin')) return token?.role === 'superadmin';
      return !!token;
    },
  },
});

export const config = { matcher: ['/dashboard/:path*', '/clients/:path*', '/admin/:path*'] };
