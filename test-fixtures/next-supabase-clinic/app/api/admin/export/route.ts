import { NextResponse } from 'next/server';
import { adminClient } from '@/lib/supabase';

// expect: missing-auth
// expect: missing-rate-limit
export async function GET() {
  const { data } = await adminClient.from('medical_records').select('*');
  return NextResponse.json(data);
}
