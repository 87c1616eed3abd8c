import { handlers } from '@/auth';

// expect: missing-rate-limit
export const { GET, POST } = handlers;
