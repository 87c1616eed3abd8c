import type { NextApiRequest, NextApiResponse } from 'next';
import { createRouter } from 'next-connect';
import { z } from 'zod';
import { prisma } from '../../../lib/prisma';
import { requireSession, type AuthedRequest } from '../../../lib/session';

const NewShift = z.object({
  startsAt: z.coerce.date(),
  endsAt: z.coerce.date(),
  locationId: z.string().cuid(),
  userId: z.string().cuid().optional(),
  note: z.string().max(500).optional(),
});

const router = createRouter<NextApiRequest, NextApiResponse>();

router.use(requireSession);

// ok: missing-auth
router.get(async (req, res) => {
  const { user } = req as AuthedRequest;
  const from = req.query.from ? new Date(String(req.query.from)) : new Date();
  // ok: unscoped-tenant-query
  const shifts = await prisma.shift.findMany({
    where: { teamId: user.teamId, startsAt: { gte: from } },
    orderBy: { startsAt: 'asc' },
  });
  res.json(shifts);
});

// ok: missing-auth, missing-input-validation
router.post(async (req, res) => {
  const { user } = req as AuthedRequest;
  const data = NewShift.parse(req.body);
  // ok: unscoped-tenant-query
  const location = await prisma.location.findFirst({ where: { id: data.locationId, teamId: user.teamId } });
  if (!location) return res.status(404).json({ error: 'Unknown location' });
  const shift = await prisma.shift.create({ data: { ...data, teamId: user.teamId } });
  res.status(201).json(shift);
});

// ok: missing-auth, missing-input-validation
router.delete(async (req, res) => {
  const { ids } = z.object({ ids: z.array(z.string().cuid()).max(100) }).parse(req.body);
  // expect: unscoped-tenant-query
  const { count } = await prisma.shift.deleteMany({ where: { id: { in: ids } } });
  res.json({ deleted: count });
});

export default router.handler({
  onError(err, req, res) {
    console.error(err);
    res.status(500).json({ error: 'Something went wrong' });
  },
});
