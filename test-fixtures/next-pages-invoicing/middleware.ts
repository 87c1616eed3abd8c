export { default } from 'next-auth/middleware';

// Redirects signed-out visitors of the dashboard pages to /login.
export const config = {
  matcher: ['/dashboard/:path*'],
};
