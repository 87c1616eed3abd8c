import { handlers } from '@/lib/auth';

// ok: missing-rate-limit
export const { GET, POST } = handlers;
