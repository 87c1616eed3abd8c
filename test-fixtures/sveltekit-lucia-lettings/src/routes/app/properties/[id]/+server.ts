import { error, json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, properties } from '$lib/server/db';

// JSON for the property map pin (the page under /app is guarded by the hook)
export async function GET({ params }) {
  // expect: unscoped-tenant-query
  const [property] = await db.select({ address: properties.address, postcode: properties.postcode }).from(properties).where(eq(properties.id, params.id));
  if (!property) error(404, 'Not found');
  return json(property);
}
