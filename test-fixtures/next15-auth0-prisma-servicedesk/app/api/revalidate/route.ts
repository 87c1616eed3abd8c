import { revalidatePath } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';

// called by the CMS after help-center articles change
// ok: missing-auth
export async function POST(request: NextRequest) {
  if (request.nextUrl.searchParams.get('secret') !== process.env.REVALIDATE_SECRET) {
    return NextResponse.json({ message: 'Invalid secret' }, { status: 401 });
  }
  revalidatePath('/help');
  return NextResponse.json({ revalidated: true });
}
