import { NextResponse, type NextRequest } from 'next/server';
import { cookies } from 'next/headers';
import { jwtVerify, createRemoteJWKSet } from 'jose';

const jwks = createRemoteJWKSet(new URL(process.env.SSO_JWKS_URL ?? 'https://sso.portfolio.test/.well-known/jwks.json'));

// SSO hand-off: the identity provider posts a signed assertion back.
// ok: missing-auth, missing-rate-limit
export async function POST(request: NextRequest) {
  const form = await request.formData();
  const assertion = String(form.get('assertion') ?? '');
  try {
    // ok: insecure-jwt
    const { payload } = await jwtVerify(assertion, jwks, { issuer: 'https://sso.portfolio.test' });
    const response = NextResponse.redirect(new URL('/dashboard', request.url));
    // expect: insecure-cookie
    response.cookies.set('sso_session', String(payload.sub));
    // expect: insecure-cookie
    (await cookies()).set({ name: 'sso_token', value: assertion, httpOnly: true });
    return response;
  } catch (e) {
    // expect: error-details-leak
    return new Response(JSON.stringify({ error: String(e) }), { status: 500, headers: { 'Content-Type': 'application/json' } });
  }
}
