import { createRouteHandler } from 'uploadthing/next';
import { portalFileRouter } from './core';

// each file route's middleware checks the session before it accepts a file
// ...but nothing limits how often (the POST starts every upload)
// ok: missing-auth
// expect: missing-rate-limit
export const { GET, POST } = createRouteHandler({ router: portalFileRouter });
