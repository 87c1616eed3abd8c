// where a short link leads, for the browser extension and the marketing site, both on our own subdomains
export async function GET(req: Request) {
  const origin = req.headers.get('origin');
  const headers: Record<string, string> = { 'Access-Control-Allow-Methods': 'GET' };
  if (origin && origin.endsWith('.snip.example')) {
    // ok: cors-wildcard
    headers['Access-Control-Allow-Origin'] = origin;
  }
  const target = new URL(req.url).searchParams.get('url') ?? '';
  const res = await fetch(target, { method: 'HEAD', redirect: 'follow' });
  return Response.json({ finalUrl: res.url, status: res.status }, { headers });
}
