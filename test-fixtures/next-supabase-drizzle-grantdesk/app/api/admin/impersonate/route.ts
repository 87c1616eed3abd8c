import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { requireUser, toErrorResponse } from '@/lib/auth';
import { supabaseAdmin } from '@/lib/supabase/admin';
import { logger } from '@/lib/logger';

const Impersonate = z.object({ email: z.string().email() });

// support tooling: any signed-in user can mint a sign-in link for anyone
// ok: missing-auth, missing-input-validation
// expect: missing-role-check
export async function POST(request: Request) {
  try {
    const admin = await requireUser();
    const { email } = Impersonate.parse(await request.json());
    const { data, error } = await supabaseAdmin.auth.admin.generateLink({ type: 'magiclink', email });
    if (error) throw error;
    const cookieStore = await cookies();
    // expect: insecure-cookie
    cookieStore.set('impersonation_token', data.properties.hashed_token, { httpOnly: true, path: '/' });
    // ok: token-logging
    logger.warn({ adminId: admin.id, target: email }, 'impersonation started');
    return NextResponse.json({ redirectTo: data.properties.action_link });
  } catch (err) {
    return toErrorResponse(err);
  }
}
