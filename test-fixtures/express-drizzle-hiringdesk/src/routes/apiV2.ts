import { Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { db, candidates } from '../db/index.js';
import { orgFromHeader } from '../middleware/orgHeader.js';

export const apiV2 = Router();
apiV2.use(orgFromHeader);

apiV2.get('/candidates/:candidateId', async (req, res) => {
  // ok: unscoped-tenant-query
  const [row] = await db
    .select()
    .from(candidates)
    .where(and(eq(candidates.id, req.params.candidateId), eq(candidates.organizationId, req.orgId!)));
  return row ? res.json(row) : res.status(404).json({ error: 'Not found' });
});

apiV2.get('/candidates', async (req, res) => {
  const orgId = req.get('x-org-id')!;
  // ok: unscoped-tenant-query
  res.json(await db.select().from(candidates).where(eq(candidates.organizationId, orgId)));
});
