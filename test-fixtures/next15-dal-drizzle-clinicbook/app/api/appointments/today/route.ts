import { NextResponse } from 'next/server';
import { getTodaysAppointments } from '@/lib/dal';

// expect: missing-auth
export async function GET() {
  const day = new Date().toISOString().slice(0, 10);
  return NextResponse.json(await getTodaysAppointments(day));
}
