const express = require('express');
const db = require('../lib/db');
const { logger } = require('../lib/logger');

const router = express.Router();

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const { rows } = await db.query('SELECT * FROM tickets WHERE org_id = $1 ORDER BY id DESC', [req.user.org_id]);
  res.json(rows);
});

router.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const { rows } = await db.query('SELECT * FROM tickets WHERE id = $1', [req.params.id]);
  if (!rows.length) return res.sendStatus(404);
  // ok: token-logging
  logger.info('ticket viewed', { ticketId: rows[0].id, by: req.user.id });
  res.json(rows[0]);
});

// expect: missing-input-validation
router.put('/:id', async (req, res) => {
  const { subject, status } = req.body;
  // expect: unscoped-tenant-query
  await db.query('UPDATE tickets SET subject = $1, status = $2 WHERE id = $3', [subject, status, req.params.id]);
  res.sendStatus(204);
});

router.delete('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  await db.query('DELETE FROM tickets WHERE id = $1 AND org_id = $2', [req.params.id, req.user.org_id]);
  res.sendStatus(204);
});

router.get('/:id/attachments', async (req, res) => {
  const ticketId = Number(req.params.id);
  // expect: unscoped-tenant-query
  const { rows } = await db.pool.query(`SELECT id, filename FROM attachments WHERE ticket_id = ${ticketId}`);
  res.json(rows);
});

module.exports = router;
