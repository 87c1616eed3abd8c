import { parse } from 'csv-parse/sync';
import { Router } from 'express';
import multer from 'multer';
import { db } from '../db/index.js';
import { collections } from '../db/schema.js';

// mounted at /api/workspaces/:workspaceId/imports behind requireSession + requireWorkspace('owner', 'admin')
export const importsRouter = Router({ mergeParams: true });

// expect: unrestricted-upload
const csvUpload = multer({ storage: multer.memoryStorage() });

// expect: missing-rate-limit, missing-input-validation
importsRouter.post('/collections', csvUpload.single('file'), async (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'file is required' });
  const rows: { name: string }[] = parse(req.file.buffer.toString('utf8'), { columns: true, skip_empty_lines: true });
  const created = await db
    .insert(collections)
    .values(rows.map((r) => ({ name: r.name, workspaceId: req.workspace!.id })))
    .returning();
  res.status(201).json({ imported: created.length });
});
