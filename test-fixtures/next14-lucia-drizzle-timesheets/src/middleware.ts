import { NextResponse, type NextRequest } from 'next/server';

// Lucia sessions can't be validated on the edge: this only bounces visitors without a cookie
export function middleware(request: NextRequest) {
  const sid = request.cookies.get('auth_session')?.value;
  if (!sid) {
    return NextResponse.redirect(new URL('/login', request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/timesheets/:path*', '/team/:path*'],
};
