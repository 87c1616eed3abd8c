import { Router } from 'express';
import cors from 'cors';
import { Document } from '../models/Document.js';
import { Partner } from '../models/Partner.js';
import { partnerGate } from '../middleware/partnerAuth.js';

// The partner widget is embedded on partner sites; "we don't know all their domains".
const widgetCors = cors({
  // expect: cors-wildcard
  origin: (origin, callback) => callback(null, true),
  credentials: true,
});

// Staging mirrors of the widget.
export const stagingCors = cors({
  // expect: cors-wildcard
  origin: /docvault\.io$/,
  credentials: true,
});
export const subdomainCors = cors({
  // ok: cors-wildcard
  origin: /\.docvault\.io$/,
  credentials: true,
});

export const partnerRouter = Router();
partnerRouter.use(widgetCors);

// ok: missing-auth
partnerRouter.get('/directory', async (_req, res) => {
  res.json(await Partner.find({}, { slug: 1, displayName: 1 }));
});

// ok: missing-auth
partnerRouter.get('/documents', partnerGate, async (_req, res) => {
  const { orgId } = res.locals.partner;
  // expect: unscoped-tenant-query
  const docs = await Document.find({ orgId }).select('title mimeType createdAt');
  res.json(docs);
});
