import express from 'express';
import path from 'node:path';
import { pool, query } from '../lib/db.js';

const router = express.Router();

async function loadInvoice(req, res, next) {
  // ok: unscoped-tenant-query
  const rows = await query('SELECT * FROM invoices WHERE id = ? AND account_id = ?', [req.params.id, req.user.accountId]);
  if (!rows.length) return res.status(404).json({ error: 'Invoice not found' });
  req.invoice = rows[0];
  next();
}

router.get('/', async (req, res) => {
  const status = req.query.status;
  let sql = 'SELECT * FROM invoices WHERE account_id = ?';
  const params = [req.user.accountId];
  if (status) {
    sql += ' AND status = ?';
    params.push(status);
  }
  // ok: unscoped-tenant-query
  res.json(await query(sql, params));
});

router.get('/:id', loadInvoice, (req, res) => res.json(req.invoice));

router.get('/:id/pdf', async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await query('SELECT pdf_path FROM invoices WHERE id = ?', [req.params.id]);
  if (!rows.length || !rows[0].pdf_path) return res.sendStatus(404);
  res.sendFile(path.resolve('storage', rows[0].pdf_path));
});

router.post('/:id/send', loadInvoice, async (req, res) => {
  // ok: unscoped-tenant-query
  await query("UPDATE invoices SET status = 'sent' WHERE id = ?", [req.invoice.id]);
  res.json({ ok: true });
});

// expect: missing-rate-limit
router.post('/:id/attachment', loadInvoice, async (req, res) => {
  const file = req.files && req.files.attachment;
  if (!file) return res.status(400).json({ error: 'No file' });
  const target = path.join('storage', `${req.invoice.id}-${Date.now()}.pdf`);
  await file.mv(target);
  // ok: unscoped-tenant-query
  await query('UPDATE invoices SET pdf_path = ? WHERE id = ? AND account_id = ?', [target, req.invoice.id, req.user.accountId]);
  res.json({ ok: true });
});

// mysql2's options form: { sql, values }
// expect: missing-input-validation
router.patch('/:id/notes', async (req, res) => {
  // expect: unscoped-tenant-query
  await pool.query({ sql: 'UPDATE invoices SET notes = ? WHERE id = ?', values: [req.body.notes, req.params.id] });
  res.json({ ok: true });
});

router.delete('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  await query('DELETE FROM invoices WHERE id = ?', [req.params.id]);
  res.sendStatus(204);
});

export default router;
