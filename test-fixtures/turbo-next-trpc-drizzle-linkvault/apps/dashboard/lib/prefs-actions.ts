'use server';

// Small actions the client components call for UI preferences kept in cookies.
import { cookies } from 'next/headers';
import { storeLastTeam } from './cookie-jar';

const READABLE = new Set(['lv_theme', 'lv_last_team']);

// ok: missing-auth
export async function readUiCookie(name: string): Promise<string | null> {
  if (!READABLE.has(name)) throw new Error(`cookie ${name} is not readable here`);
  return (await cookies()).get(name)?.value ?? null;
}

// ok: missing-auth
export async function rememberTeam(params: { teamId: string }) {
  (await cookies()).set('lv_last_team', params.teamId, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 * 24 * 90 });
}

// the team switcher remembers the last team for the next sign-in (through the shared cookie helpers)
// ok: missing-auth
export async function setLastTeamCookie(params: { teamId: string }) {
  await storeLastTeam(params.teamId);
}
