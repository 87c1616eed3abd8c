// ok: missing-auth
export async function GET() {
  return Response.json(
    { currencies: ['usd', 'eur', 'gbp'] },
    // ok: cors-wildcard
    { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=86400' } },
  );
}
