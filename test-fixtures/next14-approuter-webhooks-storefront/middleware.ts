import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';

// Webhooks authenticate themselves with signatures; the order tracking page is shared by link.
const isPublicRoute = createRouteMatcher([
  '/',
  '/products(.*)',
  '/api/webhooks(.*)',
  '/api/email/inbound',
  '/api/orders/(.*)/status',
]);

export default clerkMiddleware((auth, req) => {
  if (!isPublicRoute(req)) auth().protect();
});

export const config = {
  matcher: ['/((?!.*\\..*|_next).*)', '/', '/(api|trpc)(.*)'],
};
