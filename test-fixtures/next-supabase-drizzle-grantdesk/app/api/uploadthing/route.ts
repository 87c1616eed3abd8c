import { createRouteHandler } from 'uploadthing/next';
import { uploadRouter } from './core';

// funderLogo's middleware checks no session
// expect: missing-auth, missing-rate-limit
export const { GET, POST } = createRouteHandler({ router: uploadRouter });
