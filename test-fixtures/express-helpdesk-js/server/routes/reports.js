const { Router } = require('express');
const db = require('../lib/db');
const { ensureLoggedIn, requireAdmin } = require('../middleware/auth');

const reports = Router();
const ARCHIVES = '/archives';

// registered before the catch-all below, so nothing guards it
// expect: missing-auth
reports.get('/history', async (req, res) => {
  const { rows } = await db.query('SELECT * FROM report_runs WHERE org_id = $1', [req.query.orgId]);
  res.json(rows);
});

// every request from here on goes through ensureLoggedIn (it calls next() when the session is valid)
reports.all('*', ensureLoggedIn);

// ok: missing-auth
reports.get('/weekly', async (req, res) => {
  const { rows } = await db.query('SELECT * FROM report_runs WHERE org_id = $1', [req.user.org_id]);
  res.json(rows);
});

// report archives are for admins: an all() on a wildcard path
reports.all(`${ARCHIVES}/*`, requireAdmin);

// ok: missing-role-check
reports.delete(`${ARCHIVES}/:id`, async (req, res) => {
  await db.query('DELETE FROM report_archives WHERE id = $1 AND org_id = $2', [req.params.id, req.user.org_id]);
  res.sendStatus(204);
});

module.exports = reports;
