import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ setHeaders }) => {
  // ok: cors-wildcard
  setHeaders({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=3600' });
  const prices = await prisma.servicePrice.findMany({ orderBy: { name: 'asc' } });
  return json(prices);
};
