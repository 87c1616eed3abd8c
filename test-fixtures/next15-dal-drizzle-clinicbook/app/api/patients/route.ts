import { NextResponse } from 'next/server';
import { getPatients } from '@/lib/dal';

// ok: missing-auth
export async function GET() {
  const rows = await getPatients();
  return NextResponse.json(rows);
}
