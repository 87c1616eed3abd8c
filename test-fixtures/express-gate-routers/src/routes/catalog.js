const { Router } = require('express');
const { z } = require('zod');
const { pool } = require('../db');

const router = Router();
const ProductBody = z.object({ title: z.string().min(1), priceCents: z.number().int().nonnegative() });

// The catalog middleware lets every GET through: unpublished drafts are readable by anyone.
// expect: missing-auth
router.get('/drafts', async (req, res) => {
  const { rows } = await pool.query('SELECT id, owner_id, title, price_cents FROM products WHERE published = false');
  res.json(rows);
});

// ok: missing-auth
router.post('/items', async (req, res) => {
  const input = ProductBody.parse(req.body);
  const { rows } = await pool.query('INSERT INTO products (owner_id, title, price_cents) VALUES ($1, $2, $3) RETURNING id', [req.user.sub, input.title, input.priceCents]);
  res.status(201).json(rows[0]);
});

// ok: missing-auth
router.delete('/items/:id', async (req, res) => {
  await pool.query('DELETE FROM products WHERE id = $1 AND owner_id = $2', [req.params.id, req.user.sub]);
  res.status(204).end();
});

module.exports = router;
