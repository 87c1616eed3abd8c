import { Router } from 'express';
import cors from 'cors';
import { and, desc, eq } from 'drizzle-orm';
import { accounts, amenities, db, reviews } from '../db/index.js';

// read-only data for the embeddable booking widget on kennels' own websites
const router = Router();
// ok: cors-wildcard
router.use(cors());

// ok: missing-auth
router.get('/amenities', async (_req, res) => {
  res.json(await db.select().from(amenities).orderBy(amenities.name));
});

// ok: missing-auth
router.get('/kennels/:slug', async (req, res) => {
  const account = await db.query.accounts.findFirst({ columns: { id: true, name: true, slug: true }, where: eq(accounts.slug, req.params.slug) });
  if (!account) return res.status(404).json({ error: 'Not found' });
  // ok: unscoped-tenant-query
  const published = await db.select({ authorName: reviews.authorName, rating: reviews.rating, body: reviews.body }).from(reviews).where(and(eq(reviews.accountId, account.id), eq(reviews.published, true))).orderBy(desc(reviews.rating)).limit(20);
  res.json({ name: account.name, reviews: published });
});

export default router;
