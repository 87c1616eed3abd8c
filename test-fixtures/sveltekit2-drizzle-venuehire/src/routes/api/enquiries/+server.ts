import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { RateLimiter } from 'sveltekit-rate-limiter/server';
import { z } from 'zod';
import { db, enquiries, venues } from '$lib/server/db';
import type { RequestHandler } from './$types';

const limiter = new RateLimiter({ IP: [5, 'h'] });
const Enquiry = z.object({ venueId: z.string().uuid(), name: z.string().min(1).max(80), email: z.string().email(), message: z.string().min(5).max(4000) });

// the contact form on a listed venue's public page
// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  if (await limiter.isLimited(event)) error(429);
  const input = Enquiry.parse(await event.request.json());
  const [venue] = await db.select({ id: venues.id, teamId: venues.teamId }).from(venues).where(and(eq(venues.id, input.venueId), eq(venues.isListed, true)));
  if (!venue) error(404);
  await db.insert(enquiries).values({ ...input, teamId: venue.teamId });
  return json({ ok: true }, { status: 201 });
};
