import express from 'express';
import cors from 'cors';
import { query } from '../lib/db.js';

export const partnerRouter = express.Router();
export const previewRouter = express.Router();

// subdomains of the partner domain only: the pattern starts at a label boundary
// ok: cors-wildcard
partnerRouter.use(cors({ origin: /\.partners\.docs-example\.test$/, credentials: true }));
partnerRouter.get('/catalog', async (req, res) => {
  const { rows } = await query('SELECT id, title FROM documents WHERE account_id = $1', [req.user.account_id]);
  res.json(rows);
});

// `evildocs-example.test` matches a suffix without the dot
// expect: cors-wildcard
previewRouter.use(cors({ origin: /docs-example\.test$/, credentials: true }));
previewRouter.get('/recent', async (req, res) => {
  const { rows } = await query('SELECT id, title FROM documents WHERE account_id = $1 ORDER BY id DESC LIMIT 5', [req.user.account_id]);
  res.json(rows);
});

export const embedRouter = express.Router();

// ok: cors-wildcard
embedRouter.use(cors({ origin: (origin, cb) => cb(null, !origin || origin.endsWith('.embed.docs-example.test')), credentials: true }));
embedRouter.get('/shared', async (req, res) => {
  const { rows } = await query('SELECT id, title FROM documents WHERE account_id = $1 AND shared = true', [req.user.account_id]);
  res.json(rows);
});
