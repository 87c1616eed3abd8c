import { Router } from 'express';
import { body, validationResult } from 'express-validator';
import { query, pool } from '../lib/db.js';

const router = Router();

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const { rows } = await query('SELECT * FROM documents WHERE account_id = $1 ORDER BY id DESC', [req.user.account_id]);
  res.json(rows);
});

router.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const { rows } = await query('SELECT * FROM documents WHERE id = $1', [req.params.id]);
  const doc = rows[0];
  if (!doc) return res.sendStatus(404);
  if (doc.account_id !== req.user.account_id) return res.sendStatus(403);
  res.json(doc);
});

router.post('/',
  body('title').isString().isLength({ min: 1, max: 200 }),
  body('content').isString(),
  async (req, res) => {
    const errors = validationResult(req);
    if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
    const { rows } = await query(
      'INSERT INTO documents (title, content, account_id, author_id) VALUES ($1, $2, $3, $4) RETURNING *',
      [req.body.title, req.body.content, req.user.account_id, req.user.id],
    );
    res.status(201).json(rows[0]);
  });

// expect: missing-input-validation
router.put('/:id', async (req, res) => {
  const { title, content } = req.body;
  // expect: unscoped-tenant-query
  const result = await pool.query(
    `UPDATE documents SET title = $1, content = $2 WHERE id = $3 RETURNING *`,
    [title, content, req.params.id],
  );
  res.json(result.rows[0]);
});

router.delete('/:id', async (req, res) => {
  await pool.query('DELETE FROM documents WHERE id = $1 AND account_id = $2', [req.params.id, req.user.account_id]);
  res.sendStatus(204);
});

// the project's query() helper is SQL like pool.query
router.get('/:id/history', async (req, res) => {
  // expect: unscoped-tenant-query
  const { rows } = await query('SELECT id, title, content FROM documents WHERE id = $1', [req.params.id]);
  res.json(rows);
});

router.post('/:id/copy', async (req, res) => {
  // expect: unscoped-tenant-query
  const { rows } = await query('SELECT title, content FROM documents WHERE id = $1', [req.params.id]);
  // ok: unscoped-tenant-query
  await query('INSERT INTO documents (title, content, account_id, author_id) VALUES ($1, $2, $3, $4)', [rows[0].title, rows[0].content, req.user.account_id, req.user.id]);
  res.sendStatus(201);
});

export default router;
