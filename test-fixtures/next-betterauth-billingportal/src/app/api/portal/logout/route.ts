// ok: missing-auth
export async function POST() {
  return new Response(null, {
    status: 204,
    // ok: insecure-cookie
    headers: { 'Set-Cookie': 'portal_session=; Path=/portal; Max-Age=0' },
  });
}
