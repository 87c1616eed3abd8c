const { Router } = require('express');
const { z } = require('zod');
const { pool } = require('../db');

const router = Router();
const NoteBody = z.object({ body: z.string().min(1).max(4000) });

// ok: missing-auth
router.get('/', async (req, res) => {
  const { rows } = await pool.query('SELECT id, body, created_at FROM notes WHERE owner_id = $1 ORDER BY created_at DESC', [req.user.sub]);
  res.json(rows);
});

// ok: missing-auth
router.post('/', async (req, res) => {
  const { body } = NoteBody.parse(req.body);
  const { rows } = await pool.query('INSERT INTO notes (owner_id, body) VALUES ($1, $2) RETURNING id', [req.user.sub, body]);
  res.status(201).json(rows[0]);
});

// ok: missing-auth
router.delete('/:id', async (req, res) => {
  await pool.query('DELETE FROM notes WHERE id = $1 AND owner_id = $2', [req.params.id, req.user.sub]);
  res.status(204).end();
});

module.exports = router;
