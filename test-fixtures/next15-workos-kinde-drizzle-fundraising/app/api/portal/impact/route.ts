import { NextResponse, type NextRequest } from 'next/server';
import { eq, sum } from 'drizzle-orm';
import { db, donations, donors } from '@/lib/db';

// "Your impact" widget embedded in the thank-you email. It was added to the Kinde
// publicPaths so the email preview renders, which also means anyone can ask for any
// donor's giving total by email address.
// expect: missing-auth
export async function GET(req: NextRequest) {
  const email = req.nextUrl.searchParams.get('email') ?? '';
  const [total] = await db
    .select({ givenCents: sum(donations.amountCents), name: donors.fullName })
    .from(donations)
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .where(eq(donors.email, email))
    .groupBy(donors.fullName);
  return NextResponse.json(total ?? { givenCents: 0 });
}
