import { Router } from 'express';
import multer from 'multer';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { config } from '../config';
import { prisma } from '../lib/prisma';
import { requireAuth, requireRole } from '../middleware/auth';
import { HttpError } from '../middleware/errorHandler';
import { uploadLimiter } from '../middleware/rateLimit';

const router = Router();
router.use(requireAuth);

const clientSchema = z.object({
  name: z.string().trim().min(1).max(200),
  company: z.string().trim().max(200).optional(),
  contactEmail: z.string().trim().toLowerCase().email().optional(),
  phone: z.string().trim().max(50).optional(),
  notes: z.string().max(5000).optional(),
});

const LOGO_EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
};

// ok: unrestricted-upload
const logoUpload = multer({
  storage: multer.diskStorage({
    destination: path.join(config.uploadDir, 'logos'),
    filename: (_req, file, cb) => cb(null, `${crypto.randomUUID()}${LOGO_EXTENSIONS[file.mimetype] ?? ''}`),
  }),
  limits: { fileSize: 1 * 1024 * 1024, files: 1 },
  fileFilter: (_req, file, cb) => {
    if (file.mimetype in LOGO_EXTENSIONS) cb(null, true);
    else cb(new HttpError(400, 'Logo must be a PNG, JPEG or WebP image'));
  },
});

// expect: unrestricted-upload
const csvUpload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024 } });

function csvCell(value: string): string {
  // Prefix formula-looking values so Excel doesn't execute them.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

router.get('/', async (req, res) => {
  const clients = await prisma.client.findMany({
    where: { agencyId: req.user!.agencyId, archivedAt: null },
    orderBy: { name: 'asc' },
  });
  res.json(clients);
});

// expect: missing-rate-limit
router.get('/export', async (req, res) => {
  try {
    const clients = await prisma.client.findMany({
      where: { agencyId: req.user!.agencyId },
      orderBy: { name: 'asc' },
    });
    const header = 'id,name,company,contactEmail,phone,contractStatus,createdAt';
    const rows = clients.map((c) =>
      [c.id, c.name, c.company ?? '', c.contactEmail ?? '', c.phone ?? '', c.contractStatus, c.createdAt.toISOString()]
        .map(csvCell)
        .join(','),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="clients.csv"');
    res.send([header, ...rows].join('\n'));
  } catch (err: any) {
    // expect: error-details-leak
    res.status(500).json({ error: err.message, stack: err.stack });
  }
});

// expect: missing-rate-limit
// ok: missing-input-validation
router.post('/import', csvUpload.single('file'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'No file uploaded' });
  }

  const records: Record<string, string>[] = parse(req.file.buffer, { columns: true, skip_empty_lines: true, trim: true });
  const rows = z
    .array(clientSchema)
    .max(1000)
    .parse(
      records.map((r) => ({
        name: r.name,
        company: r.company || undefined,
        contactEmail: r.contactEmail || r.email || undefined,
        phone: r.phone || undefined,
        notes: r.notes || undefined,
      })),
    );

  const result = await prisma.client.createMany({
    data: rows.map((row) => ({ ...row, agencyId: req.user!.agencyId })),
  });
  return res.status(201).json({ imported: result.count });
});

// expect: missing-input-validation
router.post('/', async (req, res) => {
  const client = await prisma.client.create({ data: { ...req.body, agencyId: req.user!.agencyId } });
  res.status(201).json(client);
});

router.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const client = await prisma.client.findUnique({ where: { id: req.params.id }, include: { invoices: true, files: true } });
  if (!client) {
    return res.status(404).json({ error: 'Client not found' });
  }
  return res.json(client);
});

// ok: missing-input-validation
router.put('/:id', async (req, res) => {
  const data = clientSchema.parse(req.body);

  const existing = await prisma.client.findFirst({ where: { id: req.params.id, agencyId: req.user!.agencyId } });
  if (!existing) {
    return res.status(404).json({ error: 'Client not found' });
  }
  // ok: unscoped-tenant-query
  const client = await prisma.client.update({ where: { id: existing.id }, data });
  return res.json(client);
});

// ok: missing-rate-limit
router.post('/:id/logo', uploadLimiter, logoUpload.single('logo'), async (req, res) => {
  if (!req.file) {
    return res.status(400).json({ error: 'No file uploaded' });
  }

  const existing = await prisma.client.findFirst({ where: { id: req.params.id, agencyId: req.user!.agencyId } });
  if (!existing) {
    await fs.unlink(req.file.path).catch(() => undefined);
    return res.status(404).json({ error: 'Client not found' });
  }

  const client = await prisma.client.update({ where: { id: existing.id }, data: { logoPath: req.file.path } });
  if (existing.logoPath) {
    await fs.unlink(existing.logoPath).catch(() => undefined);
  }
  return res.json(client);
});

router.delete('/:id', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.client.updateMany({ where: { id: req.params.id, agencyId: req.user!.agencyId, archivedAt: null }, data: { archivedAt: new Date() } });
  if (count === 0) {
    return res.status(404).json({ error: 'Client not found' });
  }
  return res.status(204).end();
});

export default router;
