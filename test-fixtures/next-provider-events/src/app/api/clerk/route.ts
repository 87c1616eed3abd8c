import { db } from '@/lib/db';

type ClerkEvent = { type: string; data: { id: string; email_addresses: { email_address: string }[] } };

// Clerk's user events, taken as posted: no svix verification of the svix-* headers.
// expect: unverified-webhook
export async function POST(req: Request) {
  const evt = (await req.json()) as ClerkEvent;
  switch (evt.type) {
    case 'user.created':
      await db.user.create({ data: { clerkId: evt.data.id, email: evt.data.email_addresses[0].email_address } });
      break;
    case 'user.deleted':
      await db.user.delete({ where: { clerkId: evt.data.id } });
      break;
  }
  return new Response(null, { status: 204 });
}
