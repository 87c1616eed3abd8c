import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db';
import { requireRole } from '../middleware/requireRole';
import { listJobsForTechnician } from '../services/jobService';

export const techniciansRouter = Router();

const DAY_MS = 24 * 60 * 60 * 1000;

const idParams = z.object({ id: z.string().uuid() });
const scheduleQuery = z.object({
  from: z.coerce.date().optional(),
  days: z.coerce.number().int().min(1).max(31).default(7),
});
const technicianBody = z.object({
  name: z.string().trim().min(1).max(200),
  phone: z.string().max(40).nullable().optional(),
  skills: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
  userId: z.string().uuid().nullable().optional(),
});

// ok: missing-auth
techniciansRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const technicians = await db('technicians').where({ tenant_id: req.tenantId, active: true }).orderBy('name', 'asc');
  res.json(technicians);
});

// ok: missing-auth
techniciansRouter.post('/', requireRole('admin'), async (req, res) => {
  const body = technicianBody.safeParse(req.body);
  if (!body.success) {
    return res.status(400).json({ error: body.error.flatten() });
  }

  if (body.data.userId) {
    // ok: unscoped-tenant-query
    const user = await db('users').where({ id: body.data.userId, tenant_id: req.tenantId }).first('id');
    if (!user) {
      return res.status(422).json({ error: 'unknown user' });
    }
  }

  // ok: unscoped-tenant-query
  const [technician] = await db('technicians').insert({
    tenant_id: req.tenantId,
    user_id: body.data.userId ?? null,
    name: body.data.name,
    phone: body.data.phone ?? null,
    skills: body.data.skills,
  }).returning('*');
  res.status(201).json(technician);
});

techniciansRouter.get('/:id/schedule', async (req, res) => {
  const params = idParams.safeParse(req.params);
  const query = scheduleQuery.safeParse(req.query);
  if (!params.success || !query.success) {
    return res.status(400).json({ error: 'invalid request' });
  }

  // ok: unscoped-tenant-query
  const technician = await db('technicians').where({ id: params.data.id, tenant_id: req.tenantId }).first('id', 'name');
  if (!technician) {
    return res.sendStatus(404);
  }

  const from = query.data.from ?? new Date();
  const to = new Date(from.getTime() + query.data.days * DAY_MS);
  const jobs = await listJobsForTechnician(req.tenantId, technician.id, from, to);
  res.json({ technician, from, to, jobs });
});

// ok: missing-auth
techniciansRouter.delete('/:id', requireRole('admin'), async (req, res) => {
  // expect: unscoped-tenant-query
  const updated = await db('technicians').where({ id: req.params.id }).update({ active: false, updated_at: db.fn.now() });
  if (!updated) {
    return res.sendStatus(404);
  }
  res.sendStatus(204);
});
