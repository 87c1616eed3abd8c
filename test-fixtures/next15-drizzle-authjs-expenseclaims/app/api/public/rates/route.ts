import { NextResponse } from 'next/server';
import { db, exchangeRates } from '@/lib/db';

export const revalidate = 3600;

// ok: missing-auth
export async function GET() {
  const rates = await db.select().from(exchangeRates);
  return NextResponse.json(rates);
}
