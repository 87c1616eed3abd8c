import { NextResponse, type NextRequest } from 'next/server';

// the embeddable widget calls /api/widget/* from customer sites
export function middleware(request: NextRequest) {
  const response = NextResponse.next();
  const origin = request.headers.get('origin');
  if (origin) {
    // expect: cors-wildcard
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
}

export const config = { matcher: ['/api/:path*'] };
