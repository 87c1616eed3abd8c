import { handlers } from '@/auth';

// ok: missing-auth
export const { GET, POST } = handlers;
