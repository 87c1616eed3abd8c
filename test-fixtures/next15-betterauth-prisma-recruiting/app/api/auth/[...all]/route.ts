import { toNextJsHandler } from 'better-auth/next-js';
import { auth } from '@/lib/auth';

// ok: missing-auth, missing-rate-limit
export const { GET, POST } = toNextJsHandler(auth);
