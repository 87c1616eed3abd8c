import { Router } from 'express';
import { and, eq } from 'drizzle-orm';
import { db, pets, vaccinations } from '../db/index.js';
import { validateBody } from '../middleware/validate.js';
import { VaccinationCreate } from '../lib/schemas.js';

// mounted inside the pets router, after its requireUser: /api/pets/:petId/vaccinations
const router = Router({ mergeParams: true });

// ok: missing-auth
router.get('/', async (req: import('express').Request<{ petId: string }>, res) => {
  // expect: unscoped-tenant-query
  const rows = await db.select().from(vaccinations).where(eq(vaccinations.petId, req.params.petId));
  res.json(rows);
});

// ok: missing-auth, missing-input-validation
router.post('/', validateBody(VaccinationCreate), async (req: import('express').Request<{ petId: string }>, res) => {
  // ok: unscoped-tenant-query
  const pet = await db.query.pets.findFirst({ where: and(eq(pets.id, req.params.petId), eq(pets.accountId, req.user!.accountId)) });
  if (!pet) return res.status(404).json({ error: 'Pet not found' });
  const [row] = await db.insert(vaccinations).values({ ...req.body, petId: pet.id, accountId: pet.accountId }).returning();
  res.status(201).json(row);
});

export default router;
