import { createRouteHandler } from 'uploadthing/next';
import { backofficeFileRouter } from './core';

// customerImport has no middleware: anyone can upload through it
// expect: missing-auth, missing-rate-limit
export const { GET, POST } = createRouteHandler({ router: backofficeFileRouter });
