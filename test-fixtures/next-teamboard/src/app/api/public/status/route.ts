// ok: missing-auth
export async function GET() {
  return Response.json({ ok: true, region: process.env.VERCEL_REGION ?? 'local' });
}
