import { json } from '@sveltejs/kit';

// ok: missing-auth
export const GET = () =>
  json(
    { status: 'ok', version: '0.9.0' },
    // ok: cors-wildcard
    { headers: { 'Access-Control-Allow-Origin': '*' } },
  );
