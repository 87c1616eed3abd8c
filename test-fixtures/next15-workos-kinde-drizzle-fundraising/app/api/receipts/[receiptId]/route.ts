import { eq } from 'drizzle-orm';
import { db, donations, donors, receipts } from '@/lib/db';

// Linked from the thank-you email. The path is in AuthKit's unauthenticatedPaths so
// donors without a staff login can open it, but nothing else checks who is asking:
// anyone can walk receipt ids and read names, emails and home addresses.
// expect: missing-auth
export async function GET(_req: Request, { params }: { params: Promise<{ receiptId: string }> }) {
  const { receiptId } = await params;
  const [row] = await db
    .select({
      number: receipts.number,
      issuedAt: receipts.issuedAt,
      amountCents: donations.amountCents,
      donorName: donors.fullName,
      donorEmail: donors.email,
      donorAddress: donors.addressLine,
    })
    .from(receipts)
    .innerJoin(donations, eq(receipts.donationId, donations.id))
    .innerJoin(donors, eq(donations.donorId, donors.id))
    .where(eq(receipts.id, receiptId));

  if (!row) return new Response('Not found', { status: 404 });
  return Response.json(row);
}
