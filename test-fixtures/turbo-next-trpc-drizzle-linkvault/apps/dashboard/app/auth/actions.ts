'use server';

import { eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { db, teams, users } from '../../db';
import { identity } from '../../lib/identity';
import { codeLimiter } from '../../lib/attempts';

const PENDING = 'lv_pending';

async function storeCookies(list: { name: string; value: string; maxAge?: number }[]) {
  const jar = await cookies();
  for (const c of list) jar.set(c.name, c.value, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: c.maxAge });
}

// ok: missing-auth
export async function resendLoginCode(email: string) {
  const { success } = await codeLimiter.limit(email);
  if (!success) return { ok: false as const, code: 'rate_limited' };
  const result = await identity.sendCode(email.trim().toLowerCase());
  if (result.ok) await storeCookies(result.cookies);
  return result;
}

// the e-mail sign-in form: sends a code, with no limiter in front of it
// ok: missing-auth
// expect: missing-rate-limit
export async function signInEmail(email: string) {
  const result = await identity.sendCode(email.trim().toLowerCase());
  if (result.ok) await storeCookies(result.cookies);
  return result;
}

// ok: missing-auth
export async function finishSsoSignIn(request: Request) {
  const result = await identity.completeSso(request.url);
  if (!result.ok) return result;
  await storeCookies(result.cookies);
  redirect(result.redirectTo ?? '/');
}

// ok: missing-auth
export async function chooseTeamAfterSignIn(teamId: string) {
  const pending = (await cookies()).get(PENDING)?.value;
  if (!pending) return { ok: false as const, code: 'pending_expired' };
  const result = await identity.selectTeam(pending, teamId);
  if (!result.ok) return result;
  (await cookies()).delete(PENDING);
  await storeCookies(result.cookies);
  const team = await db.query.teams.findFirst({ where: eq(teams.id, teamId), columns: { slug: true } });
  return { ok: true as const, slug: team?.slug };
}

// the sign-in page asks whether a half-finished sign-in is waiting (the cookie is HttpOnly)
// ok: missing-auth
// ok: missing-rate-limit
export async function hasPendingSession(): Promise<boolean> {
  return Boolean((await cookies()).get(PENDING)?.value);
}

// a team that requires a second factor: the first step hands out a new TOTP secret, the second checks a code
// ok: missing-auth
// ok: missing-rate-limit
export async function beginMfaEnrollment() {
  const pending = (await cookies()).get(PENDING)?.value;
  if (!pending) return { ok: false as const, code: 'pending_expired' };
  return identity.enrollTotp(pending);
}

// ok: missing-auth
// expect: missing-rate-limit
export async function verifyMfaCode(params: { code: string }) {
  const pending = (await cookies()).get(PENDING)?.value;
  if (!pending) return { ok: false as const, code: 'pending_expired' };
  const result = await identity.verifyTotp(pending, params.code);
  if (result.ok) await storeCookies(result.cookies);
  return result;
}

// an account action that ended up beside the sign-in flow: it still needs a session
// expect: missing-auth
export async function deleteAccount(userId: string) {
  await db.delete(users).where(eq(users.id, userId));
  (await cookies()).delete('lv_session');
}
