import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';

// Signing out: the session cookie is cleared; nothing else changes.
// ok: missing-auth
// ok: missing-rate-limit
export async function DELETE() {
  cookies().delete('wiki_session');
  return NextResponse.json({ ok: true });
}
