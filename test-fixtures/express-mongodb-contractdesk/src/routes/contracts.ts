import { Router } from 'express';
import multer from 'multer';
import { ObjectId } from 'mongodb';
import { z } from 'zod';
import { collections } from '../db.js';
import { requireOrgRole } from '../middleware/membership.js';
import { uploadLimiter } from '../middleware/rateLimit.js';
import { putObject } from '../lib/storage.js';

export const contractsRouter = Router({ mergeParams: true });

// expect: unrestricted-upload
const upload = multer({ storage: multer.memoryStorage() });

const ContractInput = z.object({
  title: z.string().min(1).max(200),
  counterparty: z.string().min(1).max(200),
  valueCents: z.number().int().nonnegative(),
  startsOn: z.coerce.date(),
  endsOn: z.coerce.date().optional(),
});

// ok: missing-auth
contractsRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const contracts = await collections.contracts()
    .find({ orgId: new ObjectId(req.params.orgId), archived: { $ne: true } })
    .sort({ endsOn: 1 })
    .toArray();
  res.json(contracts);
});

// expect: missing-rate-limit
contractsRouter.get('/export.csv', async (req, res) => {
  const rows = await collections.contracts().find({ orgId: req.membership!.orgId }).toArray();
  const lines = rows.map((c) => [c.title, c.counterparty, c.valueCents, c.endsOn?.toISOString() ?? ''].join(','));
  res.type('text/csv').send(['title,counterparty,value_cents,ends_on', ...lines].join('\n'));
});

// ok: missing-input-validation
contractsRouter.post('/', requireOrgRole('editor'), async (req, res) => {
  const parsed = ContractInput.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  const doc = { ...parsed.data, orgId: req.membership!.orgId, createdBy: req.membership!.userId, createdAt: new Date() };
  const { insertedId } = await collections.contracts().insertOne(doc);
  res.status(201).json({ _id: insertedId, ...doc });
});

contractsRouter.get('/:contractId', async (req, res) => {
  // expect: unscoped-tenant-query
  const contract = await collections.contracts().findOne({ _id: new ObjectId(req.params.contractId) });
  if (!contract) return res.status(404).json({ error: 'not found' });
  res.json(contract);
});

// expect: missing-input-validation
contractsRouter.patch('/:contractId', requireOrgRole('editor'), async (req, res) => {
  // ok: unscoped-tenant-query
  const result = await collections.contracts().findOneAndUpdate(
    { _id: new ObjectId(req.params.contractId), orgId: req.membership!.orgId },
    { $set: { ...req.body, updatedAt: new Date() } },
    { returnDocument: 'after' },
  );
  if (!result) return res.status(404).json({ error: 'not found' });
  res.json(result);
});

// ok: missing-role-check
contractsRouter.delete('/:contractId', requireOrgRole('admin'), async (req, res) => {
  // ok: unscoped-tenant-query
  const { deletedCount } = await collections.contracts().deleteOne({
    _id: new ObjectId(req.params.contractId),
    orgId: req.membership!.orgId,
  });
  res.sendStatus(deletedCount ? 204 : 404);
});

// ok: missing-rate-limit, missing-input-validation
contractsRouter.post('/:contractId/documents', uploadLimiter, requireOrgRole('editor'), upload.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file required' });
  // ok: unscoped-tenant-query
  const contract = await collections.contracts().findOne({ _id: new ObjectId(req.params.contractId), orgId: req.membership!.orgId });
  if (!contract) return res.status(404).json({ error: 'not found' });
  const key = `${contract.orgId}/${contract._id}/${Date.now()}-${req.file.originalname}`;
  await putObject(key, req.file.buffer, req.file.mimetype);
  await collections.documents().insertOne({ contractId: contract._id, orgId: contract.orgId, key, size: req.file.size, uploadedAt: new Date() });
  res.status(201).json({ key });
});

contractsRouter.get('/:contractId/documents', async (req, res) => {
  // ok: unscoped-tenant-query
  const contract = await collections.contracts().findOne({ _id: new ObjectId(req.params.contractId) });
  if (!contract || !contract.orgId.equals(req.membership!.orgId)) return res.status(404).json({ error: 'not found' });
  // ok: unscoped-tenant-query
  const docs = await collections.documents().find({ contractId: contract._id }).toArray();
  res.json(docs);
});
