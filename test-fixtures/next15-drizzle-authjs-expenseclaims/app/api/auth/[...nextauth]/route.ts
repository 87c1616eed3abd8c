import { handlers } from '@/auth';

// ok: missing-rate-limit, missing-auth
export const { GET, POST } = handlers;
