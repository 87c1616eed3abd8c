export { default } from 'next-auth/middleware';

// Redirects signed-out visitors to /login. Only the booking API sits under the matcher;
// the other API routes check the session in each handler instead.
export const config = {
  matcher: ['/dashboard/:path*', '/clients/:path*', '/api/bookings/:path*'],
};
