import { handlers } from '@/auth';

// the Credentials provider rate-limits inside authorize()
// ok: missing-rate-limit, missing-auth
export const { GET, POST } = handlers;
