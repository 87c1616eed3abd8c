import { Router } from 'express';
import type { Request as JWTRequest } from 'express-jwt';
import multer from 'multer';
import rateLimit from 'express-rate-limit';
import { Document } from '../models/Document.js';
import { Listing } from '../models/Listing.js';
import { agencyOf } from '../auth/claims.js';
import { signDownloadLink } from '../lib/downloadLinks.js';

export const documentsRouter = Router();

const uploadLimiter = rateLimit({ windowMs: 15 * 60_000, limit: 30 });

// contracts: PDFs only, 10 MB
// ok: unrestricted-upload
const contractUpload = multer({
  dest: '/var/agencyportal/uploads',
  limits: { fileSize: 10 * 1024 * 1024 },
  fileFilter: (_req, file, cb) => cb(null, file.mimetype === 'application/pdf'),
});

// listing photos: added in a hurry
// expect: unrestricted-upload
const photoUpload = multer({ dest: '/var/agencyportal/photos' });

// ok: missing-rate-limit
documentsRouter.post('/listings/:listingId/contracts', uploadLimiter, contractUpload.single('file'), async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const listing = await Listing.query().findOne({ id: Number(req.params.listingId), agencyId: agencyOf(req) });
  if (!listing) return res.sendStatus(404);
  const doc = await Document.query().insert({
    agencyId: agencyOf(req),
    listingId: listing.id,
    filename: req.file!.originalname,
    storagePath: req.file!.path,
    signed: false,
  });
  res.status(201).json(doc);
});

// expect: missing-rate-limit
documentsRouter.post('/listings/:listingId/photos', photoUpload.array('photos', 20), async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const listing = await Listing.query().findOne({ id: Number(req.params.listingId), agencyId: agencyOf(req) });
  if (!listing) return res.sendStatus(404);
  res.status(201).json({ uploaded: (req.files as Express.Multer.File[]).length });
});

documentsRouter.get('/:id/link', async (req: JWTRequest, res) => {
  // expect: unscoped-tenant-query
  const doc = await Document.query().findById(Number(req.params.id));
  if (!doc) return res.sendStatus(404);
  res.json({ url: `/public/downloads/${signDownloadLink(doc.id)}` });
});

documentsRouter.get('/', async (req: JWTRequest, res) => {
  // ok: unscoped-tenant-query
  const docs = await Document.query()
    .joinRelated('listing' as any)
    .where('listing.agencyId', agencyOf(req))
    .where('documents.agencyId', agencyOf(req));
  res.json(docs);
});
