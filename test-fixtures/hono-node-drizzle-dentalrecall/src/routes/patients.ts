import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, patients, xrays } from '../db';
import { practiceOf } from '../lib/tenant';
import { assertPatientInPractice } from '../lib/patients';
import { sql } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { rateLimiter } from 'hono-rate-limiter';
import { putImage } from '../lib/images';

const uploadLimiter = rateLimiter({ windowMs: 60_000, limit: 20, keyGenerator: (c) => c.req.header('x-forwarded-for') ?? 'local' });
const IMAGE_TYPES = ['image/png', 'image/jpeg'];
import { requireRole } from '../middleware/auth';
import type { AppEnv } from '../types';

export const patientsApp = new Hono<AppEnv>();

const PatientPatch = z.object({
  fullName: z.string().min(1).max(120).optional(),
  phone: z.string().max(30).optional(),
  email: z.string().email().optional(),
  medicalNotes: z.string().max(10_000).optional(),
  recallOptOut: z.boolean().optional(),
});

patientsApp.get('/', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await db.select().from(patients).where(eq(patients.practiceId, practiceOf(c)));
  return c.json(rows);
});

patientsApp.get('/:id', async (c) => {
  const where = and(eq(patients.id, c.req.param('id')), eq(patients.practiceId, practiceOf(c)));
  // ok: unscoped-tenant-query
  const [patient] = await db.select().from(patients).where(where);
  return patient ? c.json(patient) : c.notFound();
});

// ok: missing-input-validation
patientsApp.patch('/:id', zValidator('json', PatientPatch), async (c) => {
  const patch = c.req.valid('json');
  // expect: unscoped-tenant-query
  const [updated] = await db.update(patients).set(patch).where(eq(patients.id, c.req.param('id'))).returning();
  return updated ? c.json(updated) : c.notFound();
});

patientsApp.get('/:id/xrays/:xrayId', async (c) => {
  // ok: unscoped-tenant-query
  const [xray] = await db.select().from(xrays).where(eq(xrays.id, c.req.param('xrayId')));
  if (!xray || xray.practiceId !== c.get('jwtPayload').practiceId) return c.notFound();
  return c.json(xray);
});

patientsApp.get('/:id/xrays', async (c) => {
  await assertPatientInPractice(practiceOf(c), c.req.param('id'));
  // ok: unscoped-tenant-query
  return c.json(await db.select().from(xrays).where(eq(xrays.patientId, c.req.param('id'))));
});

// ok: missing-rate-limit, unrestricted-upload
patientsApp.post('/:id/xrays', uploadLimiter, bodyLimit({ maxSize: 15 * 1024 * 1024 }), async (c) => {
  const patient = await assertPatientInPractice(practiceOf(c), c.req.param('id'));
  const body = await c.req.parseBody();
  const image = body['image'];
  if (!(image instanceof File) || !IMAGE_TYPES.includes(image.type)) return c.json({ error: 'PNG or JPEG only' }, 415);
  const imageUrl = await putImage(`${practiceOf(c)}/${patient.id}/${crypto.randomUUID()}`, await image.arrayBuffer(), image.type);
  const [row] = await db.insert(xrays).values({ practiceId: practiceOf(c), patientId: patient.id, imageUrl, takenAt: new Date() }).returning();
  return c.json(row, 201);
});

// the lab-results tab; written in SQL for the join the ORM made awkward
patientsApp.get('/:id/lab-results', async (c) => {
  // expect: unscoped-tenant-query
  const result = await db.execute(sql`select lr.*, p.full_name from lab_results lr join patients p on p.id = lr.patient_id where lr.patient_id = ${c.req.param('id')} order by lr.received_at desc`);
  return c.json(result.rows);
});

// ok: missing-role-check
patientsApp.delete('/:id', requireRole('owner'), async (c) => {
  // ok: unscoped-tenant-query
  await db.delete(patients).where(and(eq(patients.id, c.req.param('id')), eq(patients.practiceId, practiceOf(c))));
  return c.body(null, 204);
});

// bulk import from the old practice-management system's CSV export
// expect: missing-rate-limit, missing-input-validation
patientsApp.post('/import', async (c) => {
  // expect: unrestricted-upload
  const body = await c.req.parseBody();
  const file = body['file'] as File;
  const lines = (await file.text()).split('\n').slice(1).filter(Boolean);
  const rows = lines.map((line) => {
    const [fullName, phone, email, dateOfBirth] = line.split(',');
    return { practiceId: practiceOf(c), fullName, phone, email, dateOfBirth };
  });
  await db.insert(patients).values(rows);
  return c.json({ imported: rows.length });
});
