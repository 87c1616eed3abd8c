// the embeddable link badge: any origin ending in the brand name passes, `evilsnip.example` too
export async function GET(req: Request) {
  const origin = req.headers.get('origin');
  const headers: Record<string, string> = {};
  if (origin && origin.endsWith('snip.example')) {
    // expect: cors-wildcard
    headers['Access-Control-Allow-Origin'] = origin;
  }
  const target = new URL(req.url).searchParams.get('url') ?? '';
  return Response.json({ host: new URL(target).host }, { headers });
}
