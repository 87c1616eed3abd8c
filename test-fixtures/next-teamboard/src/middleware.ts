import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';

const isPublic = createRouteMatcher(['/', '/pricing', '/sign-in(.*)', '/api/public(.*)', '/api/webhooks(.*)']);

export default clerkMiddleware((auth, req) => {
  if (!isPublic(req)) auth().protect();
});

export const config = {
  // everything except static files and the embed widget API
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/embed).*)'],
};
