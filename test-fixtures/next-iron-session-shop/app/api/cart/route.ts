import { cookies } from 'next/headers';
import { getIronSession } from 'iron-session';
import { sessionOptions, type ShopSession } from '@/lib/session';

export async function GET() {
  const session = await getIronSession<ShopSession>(cookies(), sessionOptions);
  return Response.json({ items: session.cart ?? [] });
}
