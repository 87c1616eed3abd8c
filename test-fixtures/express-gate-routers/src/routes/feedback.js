const { Router } = require('express');
const { z } = require('zod');
const { pool } = require('../db');

const router = Router();
const FeedbackBody = z.object({ message: z.string().min(1).max(2000) });

// Mounted before the /api gate, so nothing asks who is writing here.
// expect: missing-auth
router.post('/', async (req, res) => {
  const { message } = FeedbackBody.parse(req.body);
  await pool.query('INSERT INTO feedback (message) VALUES ($1)', [message]);
  res.status(202).json({ ok: true });
});

module.exports = router;
