import { LeaveStatus, LeaveType } from '@prisma/client';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { prisma } from '../lib/prisma';

const DAY_MS = 24 * 60 * 60 * 1000;

const calendarQuerySchema = z.object({
  companyId: z.string().cuid(),
  days: z.coerce.number().int().min(1).max(90).default(30),
});

const listQuerySchema = z.object({
  status: z.nativeEnum(LeaveStatus).optional(),
});

const createLeaveSchema = z
  .object({
    type: z.nativeEnum(LeaveType),
    startDate: z.coerce.date(),
    endDate: z.coerce.date(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .refine((body) => body.endDate >= body.startDate, {
    message: 'endDate must not be before startDate',
    path: ['endDate'],
  });

const updateLeaveSchema = z
  .object({
    startDate: z.coerce.date(),
    endDate: z.coerce.date(),
    reason: z.string().trim().max(500),
  })
  .partial()
  .strict();

const rejectSchema = z.object({ note: z.string().trim().min(1).max(500) }).strict();

/** Approved absences for the next N days, shown on the office wallboard. */
export async function leaveCalendar(req: Request, res: Response) {
  const query = calendarQuerySchema.safeParse(req.query);
  if (!query.success) return res.status(400).json({ error: query.error.flatten() });

  const from = new Date();
  const to = new Date(from.getTime() + query.data.days * DAY_MS);
  const entries = await prisma.leaveRequest.findMany({
    where: { companyId: query.data.companyId, status: 'approved', startDate: { lte: to }, endDate: { gte: from } },
    select: { startDate: true, endDate: true, type: true, user: { select: { name: true } } },
    orderBy: { startDate: 'asc' },
  });
  return res.json(entries);
}

export async function listLeave(req: Request, res: Response) {
  const user = req.user!;
  const query = listQuerySchema.safeParse(req.query);
  if (!query.success) return res.status(400).json({ error: query.error.flatten() });

  // Approvers see the whole company; everyone else only their own requests.
  const seeEveryone = req.ability!.can('approve', 'LeaveRequest');
  const requests = await prisma.leaveRequest.findMany({
    where: {
      companyId: user.companyId,
      status: query.data.status,
      ...(seeEveryone ? {} : { userId: user.id }),
    },
    orderBy: { startDate: 'desc' },
    take: 200,
  });
  return res.json(requests);
}

export async function createLeave(req: Request, res: Response) {
  const user = req.user!;
  const body = createLeaveSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  const leave = await prisma.leaveRequest.create({
    data: { ...body.data, companyId: user.companyId, userId: user.id },
  });
  return res.status(201).json(leave);
}

export async function getLeave(req: Request, res: Response) {
  // expect: unscoped-tenant-query
  const leave = await prisma.leaveRequest.findUnique({
    where: { id: req.params.id },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!leave) return res.sendStatus(404);
  return res.json(leave);
}

export async function updateLeave(req: Request, res: Response) {
  const user = req.user!;
  const body = updateLeaveSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  // ok: unscoped-tenant-query
  const existing = await prisma.leaveRequest.findFirst({
    where: { id: req.params.id, companyId: user.companyId, userId: user.id, status: 'pending' },
  });
  if (!existing) return res.sendStatus(404);

  const startDate = body.data.startDate ?? existing.startDate;
  const endDate = body.data.endDate ?? existing.endDate;
  if (endDate < startDate) return res.status(400).json({ error: 'endDate must not be before startDate' });

  // ok: unscoped-tenant-query
  const updated = await prisma.leaveRequest.update({ where: { id: existing.id }, data: body.data });
  return res.json(updated);
}

export async function cancelLeave(req: Request, res: Response) {
  const user = req.user!;
  // ok: unscoped-tenant-query
  const { count } = await prisma.leaveRequest.updateMany({
    where: { id: req.params.id, companyId: user.companyId, userId: user.id, status: 'pending' },
    data: { status: 'cancelled' },
  });
  if (count === 0) return res.sendStatus(404);
  return res.sendStatus(204);
}

export async function approveLeave(req: Request, res: Response) {
  const user = req.user!;
  const ability = req.ability!;
  if (ability.cannot('approve', 'LeaveRequest')) return res.sendStatus(403);

  // ok: unscoped-tenant-query
  const leave = await prisma.leaveRequest.findUnique({ where: { id: req.params.id } });
  if (!leave || leave.companyId !== user.companyId) return res.sendStatus(404);
  if (leave.userId === user.id) return res.status(403).json({ error: 'cannot approve your own request' });
  if (leave.status !== 'pending') return res.status(409).json({ error: `request is already ${leave.status}` });

  const [updated] = await prisma.$transaction([
    // ok: unscoped-tenant-query
    prisma.leaveRequest.update({
      where: { id: leave.id },
      data: { status: 'approved', approverId: user.id, decidedAt: new Date() },
    }),
    prisma.auditEvent.create({
      data: {
        companyId: user.companyId,
        actorId: user.id,
        action: 'leave.approved',
        targetType: 'LeaveRequest',
        targetId: leave.id,
      },
    }),
  ]);
  return res.json(updated);
}

export async function rejectLeave(req: Request, res: Response) {
  const user = req.user!;
  const body = rejectSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: body.error.flatten() });

  // ok: unscoped-tenant-query
  const { count } = await prisma.leaveRequest.updateMany({
    where: { id: req.params.id, companyId: user.companyId, status: 'pending', userId: { not: user.id } },
    data: { status: 'rejected', approverId: user.id, decidedAt: new Date(), decisionNote: body.data.note },
  });
  if (count === 0) return res.sendStatus(404);

  await prisma.auditEvent.create({
    data: {
      companyId: user.companyId,
      actorId: user.id,
      action: 'leave.rejected',
      targetType: 'LeaveRequest',
      targetId: req.params.id,
    },
  });
  return res.sendStatus(204);
}
