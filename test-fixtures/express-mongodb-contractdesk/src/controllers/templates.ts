import type { Request, Response } from 'express';
import { ObjectId } from 'mongodb';
import { z } from 'zod';
import { getDb } from '../db.js';

const templates = () => getDb().collection('contract_templates');

const TemplateInput = z.object({ title: z.string().min(1).max(160), body: z.string().max(50_000) });

export async function listTemplates(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const rows = await templates().find({ orgId: req.membership!.orgId }).sort({ title: 1 }).toArray();
  res.json(rows);
}

export async function createTemplate(req: Request, res: Response) {
  const input = TemplateInput.parse(req.body);
  const { insertedId } = await templates().insertOne({ ...input, orgId: req.membership!.orgId, createdAt: new Date() });
  res.status(201).json({ id: insertedId });
}

// Loaded by the id alone: a template of another organization is returned as well.
export async function getTemplate(req: Request, res: Response) {
  if (!ObjectId.isValid(req.params.templateId)) return res.status(404).json({ error: 'not found' });
  // expect: unscoped-tenant-query
  const row = await templates().findOne({ _id: new ObjectId(req.params.templateId) });
  if (!row) return res.status(404).json({ error: 'not found' });
  res.json(row);
}

export async function deleteTemplate(req: Request, res: Response) {
  if (!ObjectId.isValid(req.params.templateId)) return res.status(404).json({ error: 'not found' });
  // ok: unscoped-tenant-query
  await templates().deleteOne({ _id: new ObjectId(req.params.templateId), orgId: req.membership!.orgId });
  res.sendStatus(204);
}
