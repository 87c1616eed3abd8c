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

export default router;
