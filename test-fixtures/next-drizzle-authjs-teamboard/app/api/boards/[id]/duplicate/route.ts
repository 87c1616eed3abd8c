// ok: missing-auth
export { POST } from '@/lib/handlers/duplicate-board';
