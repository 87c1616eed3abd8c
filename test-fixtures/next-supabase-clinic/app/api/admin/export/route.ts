import { NextResponse } from 'next/server';
import { adminClient } from '@/lib/supabase';

// expect: missing-auth
export async function GET() {
  const { data } = await adminClient.from('medical_records').select('*');
  return NextResponse.json(data);
}
