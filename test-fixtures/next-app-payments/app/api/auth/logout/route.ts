export async function POST() {
  return new Response(null, {
    status: 204,
    // ok: insecure-cookie
    headers: { 'Set-Cookie': 'session=; Path=/; Max-Age=0; HttpOnly' },
  });
}
