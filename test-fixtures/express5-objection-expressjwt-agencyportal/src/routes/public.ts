import { Router } from 'express';
import cors from 'cors';
import { Listing } from '../models/Listing.js';
import { Document } from '../models/Document.js';
import { readDownloadLink } from '../lib/downloadLinks.js';

export const publicRouter = Router();

// the marketing site and partner portals embed these read-only endpoints
// ok: cors-wildcard
publicRouter.use(cors());

// ok: missing-auth
publicRouter.get('/health', (_req, res) => {
  res.json({ ok: true });
});

// marketing site: published listings only
// ok: missing-auth
publicRouter.get('/listings', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await Listing.query().where({ status: 'published', city: String(req.query.city ?? '') }).limit(50);
  res.json(rows);
});

// signed, short-lived download link minted for a signed-in agent
// ok: missing-auth
publicRouter.get('/downloads/:token', async (req, res) => {
  const { documentId } = readDownloadLink(req.params.token);
  // ok: unscoped-tenant-query
  const doc = await Document.query().findById(documentId);
  if (!doc) return res.sendStatus(404);
  res.download(doc.storagePath, doc.filename);
});
