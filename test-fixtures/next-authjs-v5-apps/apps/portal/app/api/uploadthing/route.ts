import { createRouteHandler } from 'uploadthing/next';
import { portalFileRouter } from './core';

// each file route's middleware checks the session before it accepts a file
// ok: missing-auth
export const { GET, POST } = createRouteHandler({ router: portalFileRouter });
