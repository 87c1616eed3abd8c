import { cookies } from 'next/headers';
import { getIronSession } from 'iron-session';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { sessionOptions, type ShopSession } from '@/lib/session';
import { checkCustomer } from '@/lib/users';

const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, '1 m') });

export async function POST(req: Request) {
  const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? 'anon');
  if (!success) return new Response('slow down', { status: 429 });
  const { email, password } = (await req.json()) as { email: string; password: string };
  const customerId = await checkCustomer(email, password);
  if (!customerId) return new Response('invalid credentials', { status: 401 });
  const session = await getIronSession<ShopSession>(cookies(), sessionOptions);
  session.customerId = customerId;
  await session.save();
  return Response.json({ ok: true });
}
