import { Router } from 'express';
import busboy from 'busboy';
import fs from 'fs';

const router = Router();

// expect: missing-rate-limit
router.post('/import', (req, res) => {
  // expect: unrestricted-upload
  const bb = busboy({ headers: req.headers });
  bb.on('file', (name, file, info) => file.pipe(fs.createWriteStream(`/tmp/${info.filename}`)));
  bb.on('close', () => res.sendStatus(201));
  req.pipe(bb);
});

const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

// scanned paperwork: one file of 10 MB at most, and only the types the scanner app sends
// expect: missing-rate-limit
router.post('/scans', (req, res) => {
  // ok: unrestricted-upload
  const bb = busboy({ headers: req.headers, limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  bb.on('file', (name, file, info) => {
    if (!SCAN_TYPES.includes(info.mimeType)) {
      file.resume();
      return res.status(415).end();
    }
    file.pipe(fs.createWriteStream(`/tmp/scan-${Date.now()}`));
  });
  bb.on('close', () => res.sendStatus(201));
  req.pipe(bb);
});

export default router;
