const express = require('express');
const db = require('./db');
const { summarize } = require('./summarize');

const app = express();
app.use(express.json());

// Checks that the server is configured, never who is calling.
// expect: missing-auth
app.post('/documents/:id/summary', async (req, res) => {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) {
    return res.status(503).json({ error: 'Summaries are not configured' });
  }
  const { rows } = await db.query('SELECT body FROM documents WHERE id = $1', [req.params.id]);
  if (!rows.length) return res.status(404).end();
  const summary = await summarize(apiKey, rows[0].body);
  await db.query('UPDATE documents SET summary = $1 WHERE id = $2', [summary, req.params.id]);
  res.json({ summary });
});

// ok: missing-auth
app.post('/me/documents/:id/summary', async (req, res) => {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) return res.status(503).json({ error: 'Summaries are not configured' });
  const userId = req.session.userId;
  if (!userId) return res.status(401).json({ error: 'Sign in first' });
  const { rows } = await db.query('SELECT body FROM documents WHERE id = $1 AND user_id = $2', [req.params.id, userId]);
  if (!rows.length) return res.status(404).end();
  const summary = await summarize(apiKey, rows[0].body);
  await db.query('UPDATE documents SET summary = $1 WHERE id = $2 AND user_id = $3', [summary, req.params.id, userId]);
  res.json({ summary });
});

module.exports = app;
