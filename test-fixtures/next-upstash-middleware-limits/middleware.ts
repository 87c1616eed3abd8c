import { NextRequest, NextResponse } from 'next/server';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';

// one limiter for the sign-in flow and the bulk endpoints; the routes check the session themselves
const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(10, '1 m'), prefix: 'qw' });

export async function middleware(req: NextRequest) {
  const ip = req.headers.get('x-forwarded-for')?.split(',')[0] ?? '127.0.0.1';
  const { success, reset } = await ratelimit.limit(`${ip}:${req.nextUrl.pathname}`);
  if (!success) {
    return NextResponse.json({ error: 'Too many requests' }, { status: 429, headers: { 'Retry-After': String(Math.ceil((reset - Date.now()) / 1000)) } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/api/auth/:path*', '/api/reports/:path*'],
};
