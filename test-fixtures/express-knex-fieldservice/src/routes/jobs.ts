import { Router } from 'express';
import { z } from 'zod';
import { db } from '../db';
import { requireRole } from '../middleware/requireRole';
import { JOB_STATUSES, listJobs } from '../services/jobService';

export const jobsRouter = Router();

const listQuery = z.object({
  status: z.enum(JOB_STATUSES).optional(),
  technicianId: z.string().uuid().optional(),
});

const createJobBody = z
  .object({
    customerId: z.string().uuid(),
    title: z.string().trim().min(1).max(200),
    description: z.string().max(5000).optional(),
    scheduledStart: z.coerce.date(),
    scheduledEnd: z.coerce.date(),
  })
  .refine((b) => b.scheduledEnd > b.scheduledStart, { message: 'scheduledEnd must be after scheduledStart' });

const assignBody = z.object({ technicianId: z.string().uuid().nullable() });

// ok: missing-auth
jobsRouter.get('/', async (req, res) => {
  const query = listQuery.safeParse(req.query);
  if (!query.success) {
    return res.status(400).json({ error: query.error.flatten() });
  }
  res.json(await listJobs(req.tenantId, query.data));
});

// ok: missing-auth
jobsRouter.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const job = await db('jobs').where({ id: req.params.id }).first();
  if (!job) {
    return res.sendStatus(404);
  }
  res.json(job);
});

// ok: missing-auth
jobsRouter.post('/', requireRole('admin', 'dispatcher'), async (req, res) => {
  const body = createJobBody.safeParse(req.body);
  if (!body.success) {
    return res.status(400).json({ error: body.error.flatten() });
  }

  // ok: unscoped-tenant-query
  const customer = await db('customers').where({ id: body.data.customerId, tenant_id: req.tenantId }).first('id');
  if (!customer) {
    return res.status(422).json({ error: 'unknown customer' });
  }

  // ok: unscoped-tenant-query
  const [job] = await db('jobs').insert({
    tenant_id: req.tenantId,
    customer_id: customer.id,
    title: body.data.title,
    description: body.data.description ?? null,
    scheduled_start: body.data.scheduledStart,
    scheduled_end: body.data.scheduledEnd,
  }).returning('*');
  res.status(201).json(job);
});

jobsRouter.patch('/:id/assign', requireRole('admin', 'dispatcher'), async (req, res) => {
  const body = assignBody.safeParse(req.body);
  if (!body.success) {
    return res.status(400).json({ error: body.error.flatten() });
  }

  // ok: unscoped-tenant-query
  const job = await db('jobs').where({ id: req.params.id }).first();
  if (!job || job.tenant_id !== req.tenantId) return res.sendStatus(404);

  if (body.data.technicianId) {
    // ok: unscoped-tenant-query
    const tech = await db('technicians').where({ id: body.data.technicianId, tenant_id: req.tenantId, active: true }).first('id');
    if (!tech) {
      return res.status(422).json({ error: 'unknown technician' });
    }
  }

  // ok: unscoped-tenant-query
  const [updated] = await db('jobs').where({ id: job.id, tenant_id: req.tenantId }).update({ technician_id: body.data.technicianId, updated_at: db.fn.now() }).returning('*');
  res.json(updated);
});
