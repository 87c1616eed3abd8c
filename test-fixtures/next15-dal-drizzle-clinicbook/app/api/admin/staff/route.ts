import { NextResponse } from 'next/server';
import { listStaff } from '@/lib/dal';

// ok: missing-auth, missing-role-check
export async function GET() {
  return NextResponse.json(await listStaff());
}
