import { Router } from 'express';
import { z } from 'zod';
import { verifySession } from 'supertokens-node/recipe/session/framework/express';
import type { SessionRequest } from 'supertokens-node/framework/express';
import { prisma } from '../lib/prisma';

const router = Router();

const publicFields = { id: true, displayName: true, bio: true, hourlyRate: true } as const;

const profileInput = z.object({
  displayName: z.string().min(2).max(60).optional(),
  bio: z.string().max(2000).optional(),
  hourlyRate: z.number().int().min(500).max(50000).optional(),
  published: z.boolean().optional(),
});

// The public directory: published profiles only.
// ok: missing-auth
router.get('/', async (req, res) => {
  const take = Math.min(Number(req.query.limit ?? 20), 50);
  const tutors = await prisma.tutorProfile.findMany({ where: { published: true }, select: publicFields, take });
  res.json(tutors);
});

// ok: missing-auth
router.get('/:tutorId', async (req, res) => {
  const profile = await prisma.tutorProfile.findFirst({
    where: { id: req.params.tutorId, published: true },
    select: publicFields,
  });
  if (!profile) return res.status(404).json({ error: 'not_found' });
  res.json(profile);
});

// ok: missing-auth
router.get('/me/profile', verifySession(), async (req: SessionRequest, res) => {
  const userId = req.session!.getUserId();
  // ok: unscoped-tenant-query
  const profile = await prisma.tutorProfile.findUnique({ where: { userId } });
  res.json(profile);
});

// ok: missing-auth, missing-input-validation
router.patch('/me/profile', verifySession(), async (req: SessionRequest, res) => {
  const input = profileInput.parse(req.body);
  // ok: unscoped-tenant-query
  const updated = await prisma.tutorProfile.update({ where: { userId: req.session!.getUserId() }, data: input });
  res.json(updated);
});

// "only the tutor sees this" -- but the session is optional and never compared with the profile
// expect: missing-auth
router.get('/:tutorId/payout-details', verifySession({ sessionRequired: false }), async (req: SessionRequest, res) => {
  const details = await prisma.tutorProfile.findUnique({
    where: { id: req.params.tutorId },
    select: { payoutIban: true, hourlyRate: true, organisationId: true },
  });
  res.json({ viewer: req.session?.getUserId() ?? null, details });
});

// Anyone may look at a published profile; a signed-in student also learns whether they saved it.
// ok: missing-auth
router.get('/:tutorId/card', verifySession({ sessionRequired: false }), async (req: SessionRequest, res) => {
  const card = await prisma.tutorProfile.findFirst({ where: { id: req.params.tutorId, published: true }, select: publicFields });
  if (!card) return res.sendStatus(404);
  const viewerId = req.session?.getUserId();
  const reviewCount = await prisma.review.count({ where: { tutorId: req.params.tutorId, hidden: false } });
  res.json({ ...card, reviewCount, signedIn: Boolean(viewerId) });
});

export default router;
