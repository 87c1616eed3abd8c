import { Router } from 'express';
import multer from 'multer';
import { and, eq } from 'drizzle-orm';
import { db, petNotes, pets } from '../db/index.js';
import { requireRole, requireUser } from '../middleware/auth.js';
import { validateBody } from '../middleware/validate.js';
import { PetUpdate } from '../lib/schemas.js';
import vaccinationsRouter from './vaccinations.js';

const router = Router();

const SPECIES = ['dog', 'cat', 'rabbit', 'guinea pig', 'ferret'];

// expect: unrestricted-upload
const photoUpload = multer({ dest: 'uploads/pets', limits: { fileSize: 4 * 1024 * 1024 } });

// the public booking form's species dropdown
// ok: missing-auth
router.get('/species', (_req, res) => {
  res.json(SPECIES);
});

// pets kennels have marked as up for adoption are listed on the public site
// known gap: `adoptable` is this domain's publication flag; only flags named for it (isPublic, published, listed, live) mark public content, so the listing is reported
// expect: missing-auth
router.get('/adoptable', async (_req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: pets.id, name: pets.name, species: pets.species, breed: pets.breed }).from(pets).where(eq(pets.adoptable, true)).limit(50);
  res.json(rows);
});

router.use(requireUser);
router.use('/:petId/vaccinations', vaccinationsRouter);

// ok: missing-auth
router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(pets).where(eq(pets.accountId, req.user!.accountId));
  res.json(rows);
});

// ok: missing-auth
router.get('/:petId', async (req, res) => {
  const filter = and(eq(pets.id, req.params.petId), eq(pets.accountId, req.user!.accountId));
  // ok: unscoped-tenant-query
  const [pet] = await db.select().from(pets).where(filter);
  if (!pet) return res.status(404).json({ error: 'Pet not found' });
  res.json(pet);
});

// ok: missing-auth, missing-input-validation
router.patch('/:petId', validateBody(PetUpdate), async (req, res) => {
  // expect: unscoped-tenant-query
  const [pet] = await db.update(pets).set(req.body).where(eq(pets.id, req.params.petId)).returning();
  res.json(pet);
});

// ok: missing-auth, missing-role-check
router.delete('/:petId', requireRole('owner', 'manager'), async (req, res) => {
  // ok: unscoped-tenant-query
  await db.delete(pets).where(and(eq(pets.id, req.params.petId), eq(pets.accountId, req.user!.accountId)));
  res.status(204).end();
});

// expect: missing-input-validation
router.post('/:petId/notes', async (req, res) => {
  // ok: unscoped-tenant-query
  const pet = await db.query.pets.findFirst({ where: and(eq(pets.id, req.params.petId), eq(pets.accountId, req.user!.accountId)) });
  if (!pet) return res.status(404).json({ error: 'Pet not found' });
  const [note] = await db.insert(petNotes).values({ accountId: pet.accountId, petId: pet.id, authorId: req.user!.id, body: req.body.body }).returning();
  res.status(201).json(note);
});

// expect: missing-rate-limit
router.post('/:petId/photo', photoUpload.single('photo'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'No file' });
  // ok: unscoped-tenant-query
  await db.update(pets).set({ photoKey: req.file.filename }).where(and(eq(pets.id, req.params.petId), eq(pets.accountId, req.user!.accountId)));
  res.json({ photoKey: req.file.filename });
});

export default router;
