import { withAuth } from 'next-auth/middleware';

export default withAuth({
  callbacks: {
    authorized: ({ req, token }) => {
      // the team console is for owners only; everything else needs a signed-in user
      if (req.nextUrl.pathname.startsWith('/admin')) return token?.role === 'OWNER';
      return !!token;
    },
  },
});

export const config = {
  matcher: ['/dashboard/:path*', '/admin/:path*', '/api/projects/:path*'],
};
