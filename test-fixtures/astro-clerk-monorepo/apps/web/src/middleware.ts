import { clerkMiddleware, createRouteMatcher } from '@clerk/astro/server';

// the landing page, shared notes and provider webhooks; everything else needs a Clerk session
const isPublicRoute = createRouteMatcher(['/', '/sign-in(.*)', '/api/public(.*)', '/api/webhooks(.*)']);

export const onRequest = clerkMiddleware((auth, context) => {
  const { userId, redirectToSignIn } = auth();
  if (!userId && !isPublicRoute(context.request)) {
    return redirectToSignIn();
  }
});
