import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';

// Auth.js v5: the middleware wrapper rejects API calls without a session on the paths below
export default auth((req) => {
  if (!req.auth) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
});

export const config = { matcher: ['/api/reports/:path*'] };
