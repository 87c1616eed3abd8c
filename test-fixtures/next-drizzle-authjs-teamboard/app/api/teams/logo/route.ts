import { NextResponse } from 'next/server';
import { eq } from 'drizzle-orm';
import { put } from '@vercel/blob';
import { db, teams } from '@/db';
import { requireTeamRole, toResponse } from '@/lib/session';
import { auth } from '@/auth';
import { uploadLimiter } from '@/lib/ratelimit';

const MAX_LOGO_BYTES = 512 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

// ok: missing-auth, missing-rate-limit
export async function POST(req: Request) {
  try {
    const session = await auth();
    if (!session?.user) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
    await requireTeamRole(session.user.teamId, ['owner', 'admin']);
    const { success } = await uploadLimiter.limit(session.user.id);
    if (!success) return NextResponse.json({ error: 'Too many uploads' }, { status: 429 });

    // ok: unrestricted-upload
    const form = await req.formData();
    const logo = form.get('logo');
    if (!(logo instanceof File)) return NextResponse.json({ error: 'logo required' }, { status: 400 });
    if (logo.size > MAX_LOGO_BYTES) return NextResponse.json({ error: 'too large' }, { status: 413 });
    if (!LOGO_TYPES.includes(logo.type)) return NextResponse.json({ error: 'unsupported type' }, { status: 415 });

    const blob = await put(`logos/${session.user.teamId}.${logo.type.split('/')[1]}`, logo, { access: 'public' });
    // ok: unscoped-tenant-query
    await db.update(teams).set({ logoUrl: blob.url }).where(eq(teams.id, session.user.teamId));
    return NextResponse.json({ url: blob.url });
  } catch (err) {
    return toResponse(err);
  }
}
