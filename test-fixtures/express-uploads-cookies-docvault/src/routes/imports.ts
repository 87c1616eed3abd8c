import { Router } from 'express';
import busboy from 'busboy';
import formidable from 'formidable';
import fs from 'node:fs';
import path from 'node:path';
import { nanoid } from 'nanoid';
import { Document } from '../models/Document.js';
import { requireAuth } from '../middleware/auth.js';
import { uploadLimiter } from '../lib/limits.js';
import { config } from '../config.js';

const SCAN_TYPES = ['application/pdf', 'image/tiff'];

export const importsRouter = Router();
importsRouter.use(requireAuth, uploadLimiter);

// Streaming import of scanned paperwork.
// ok: missing-rate-limit
importsRouter.post('/scans', (req, res) => {
  // ok: unrestricted-upload
  const bb = busboy({ headers: req.headers, limits: { fileSize: 25 * 1024 * 1024, files: 5 } });
  const saved: string[] = [];
  bb.on('file', (_field, stream, info) => {
    if (!SCAN_TYPES.includes(info.mimeType)) {
      stream.resume();
      return;
    }
    const storedName = `${nanoid()}.scan`;
    saved.push(storedName);
    stream.pipe(fs.createWriteStream(path.join(config.uploadDir, storedName)));
  });
  bb.on('close', async () => {
    await Document.insertMany(saved.map((storedName) => ({ orgId: req.user!.orgId, title: 'Scan', storedName })));
    res.status(201).json({ count: saved.length });
  });
  req.pipe(bb);
});

// Bulk archive import: whatever the desktop client sends.
// ok: missing-rate-limit
importsRouter.post('/archive', async (req, res, next) => {
  // expect: unrestricted-upload
  const form = formidable({ uploadDir: config.uploadDir, keepExtensions: true, multiples: true });
  try {
    const [, files] = await form.parse(req);
    const list = files.archive ?? [];
    res.status(202).json({ received: list.length });
  } catch (err) {
    next(err);
  }
});

// Signed contracts: PDFs only, but no cap ("contracts are small").
// ok: missing-rate-limit
importsRouter.post('/contracts', (req, res) => {
  // expect: unrestricted-upload
  const bb = busboy({ headers: req.headers });
  bb.on('file', (_field, stream, info) => {
    if (info.mimeType !== 'application/pdf') return stream.resume();
    stream.pipe(fs.createWriteStream(path.join(config.uploadDir, `${nanoid()}.pdf`)));
  });
  bb.on('error', (err: Error) => {
    // expect: error-details-leak
    res.status(500).json({ message: 'Import failed', error: err });
  });
  bb.on('close', () => res.status(201).end());
  req.pipe(bb);
});

// Receipt photos: capped and filtered.
// ok: missing-rate-limit
importsRouter.post('/receipts', async (req, res) => {
  // ok: unrestricted-upload
  const form = formidable({
    maxFileSize: 5 * 1024 * 1024,
    filter: ({ mimetype }) => Boolean(mimetype && mimetype.startsWith('image/')),
  });
  const [, files] = await form.parse(req);
  res.status(201).json({ received: (files.receipt ?? []).length });
});
