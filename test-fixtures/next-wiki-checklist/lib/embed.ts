import { SignJWT, jwtVerify } from 'jose';

// Embeds on customer sites get a short-lived token for one page.
// expect: insecure-jwt
const EMBED_SECRET = process.env.EMBED_TOKEN_SECRET || 'local-embed-secret';
// ok: insecure-jwt
const PREVIEW_SECRET = new TextEncoder().encode(process.env.PREVIEW_TOKEN_SECRET!);

export async function signEmbedToken(pageId: string) {
  return new SignJWT({ pageId })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(EMBED_SECRET));
}

export async function verifyPreviewToken(token: string) {
  const { payload } = await jwtVerify(token, PREVIEW_SECRET, { algorithms: ['HS256'] });
  return payload;
}
