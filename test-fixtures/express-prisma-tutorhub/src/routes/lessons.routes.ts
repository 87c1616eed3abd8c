import { Router, type Request, type Response } from 'express';
import { body, validationResult } from 'express-validator';
import { prisma } from '../lib/prisma';

export const lessonsRouter = Router();

// ok: missing-auth
lessonsRouter.get('/', async (req: Request, res: Response) => {
  const tutorId = typeof req.query.tutorId === 'string' ? req.query.tutorId : undefined;
  // ok: unscoped-tenant-query
  const lessons = await prisma.lesson.findMany({
    where: { organizationId: req.user!.organizationId, ...(tutorId ? { tutorId } : {}) },
    orderBy: { startsAt: 'asc' },
  });
  res.json(lessons);
});

// ok: missing-input-validation
lessonsRouter.post(
  '/',
  body('studentId').isString().notEmpty(),
  body('startsAt').isISO8601(),
  body('minutes').isInt({ min: 15, max: 240 }),
  async (req: Request, res: Response) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
    const lesson = await prisma.lesson.create({
      data: {
        organizationId: req.user!.organizationId,
        tutorId: req.user!.id,
        studentId: req.body.studentId,
        startsAt: new Date(req.body.startsAt),
        minutes: req.body.minutes,
      },
    });
    res.status(201).json(lesson);
  },
);

lessonsRouter.get('/:id', async (req: Request, res: Response) => {
  // ok: unscoped-tenant-query
  const lesson = await prisma.lesson.findUnique({ where: { id: req.params.id } });
  if (!lesson || lesson.organizationId !== req.user!.organizationId) return res.sendStatus(404);
  res.json(lesson);
});

// ok: missing-input-validation
lessonsRouter.post('/:id/complete', async (req: Request, res: Response) => {
  // expect: unscoped-tenant-query
  const lesson = await prisma.lesson.update({
    where: { id: req.params.id },
    data: { status: 'COMPLETED', completedAt: new Date() },
  });
  res.json(lesson);
});

// the ownership test runs after the update: another agency's lesson has already moved
// ok: missing-auth, missing-input-validation
lessonsRouter.post('/:id/reschedule', body('startsAt').isISO8601(), async (req: Request, res: Response) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(422).json({ errors: errors.array() });
  // expect: unscoped-tenant-query
  const lesson = await prisma.lesson.update({ where: { id: req.params.id }, data: { startsAt: new Date(req.body.startsAt) } });
  if (lesson.organizationId !== req.user!.organizationId) return res.sendStatus(404);
  res.json(lesson);
});

// ok: missing-auth
lessonsRouter.delete('/:id', async (req: Request, res: Response) => {
  // ok: unscoped-tenant-query
  const lesson = await prisma.lesson.findUnique({ where: { id: req.params.id } });
  if (!lesson || lesson.organizationId !== req.user!.organizationId) return res.sendStatus(404);
  // ok: unscoped-tenant-query
  await prisma.lesson.delete({ where: { id: lesson.id } });
  res.sendStatus(204);
});
