// Thin client for the hosted identity provider (sign-in codes, SSO, team picking).
const base = process.env.IDENTITY_API_URL ?? 'https://id.example.test';

type Cookie = { name: string; value: string; maxAge?: number };
export type IdentityResult = { ok: true; cookies: Cookie[]; redirectTo?: string } | { ok: false; code: string };

async function call(path: string, body: unknown): Promise<IdentityResult> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.IDENTITY_API_KEY}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) return { ok: false, code: `http_${res.status}` };
  return (await res.json()) as IdentityResult;
}

export const identity = {
  sendCode: (email: string) => call('/codes', { email }),
  completeSso: (callbackUrl: string) => call('/sso/complete', { callbackUrl }),
  enrollTotp: (pendingToken: string) => call('/mfa/enroll', { pendingToken }),
  verifyTotp: (pendingToken: string, code: string) => call('/mfa/verify', { pendingToken, code }),
  selectTeam: (pendingToken: string, teamId: string) => call('/sessions/select-team', { pendingToken, teamId }),
};
