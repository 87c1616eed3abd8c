export { auth as middleware } from './auth';

export const config = {
  // dashboard pages and the invoice API; the clients API checks the session itself
  matcher: ['/invoices/:path*', '/clients/:path*', '/settings/:path*', '/api/invoices/:path*'],
};
