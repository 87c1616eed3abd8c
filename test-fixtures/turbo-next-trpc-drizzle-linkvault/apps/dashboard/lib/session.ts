import { cookies } from 'next/headers';
import { verifySessionToken } from './session-token';

export type SessionUser = { id: string; email: string };

export async function readSessionUser(): Promise<SessionUser | null> {
  const raw = (await cookies()).get('lv_session')?.value;
  if (!raw) return null;
  return verifySessionToken(raw);
}
