const express = require('express');
const { Client } = require('../models');
const { requireLogin } = require('../middleware/auth');

const router = express.Router();

// ok: missing-auth
router.get('/', requireLogin, async (req, res) => {
  // ok: unscoped-tenant-query
  res.json(await Client.findAll({ where: { accountId: req.user.accountId }, order: [['name', 'ASC']] }));
});

// expect: missing-input-validation
router.post('/', requireLogin, async (req, res) => {
  const client = await Client.create({ ...req.body, accountId: req.user.accountId });
  res.status(201).json(client);
});

// the CSV export was added later without requireLogin, but app.js mounts `app.use('/api', requireLogin, photoRoutes)`
// before this router: that requireLogin runs for every /api path, so the export is signed in after all;
// it trusts the account id the client sends, though
// ok: missing-auth
// expect: missing-rate-limit
router.get('/export.csv', async (req, res) => {
  // expect: unscoped-tenant-query
  const clients = await Client.findAll({ where: { accountId: req.query.accountId } });
  res.type('text/csv').send(clients.map((c) => [c.name, c.email, c.phone].join(',')).join('\n'));
});

router
  .route('/:id')
  // ok: missing-auth
  .get(requireLogin, async (req, res) => {
    // ok: unscoped-tenant-query
    const client = await Client.findOne({ where: { id: req.params.id, accountId: req.user.accountId } });
    if (!client) return res.status(404).json({ error: 'Not found' });
    res.json(client);
  })
  // expect: missing-input-validation
  .patch(requireLogin, async (req, res) => {
    // expect: unscoped-tenant-query
    const client = await Client.findByPk(req.params.id);
    if (!client) return res.status(404).json({ error: 'Not found' });
    client.set(req.body);
    await client.save();
    res.json(client);
  });

module.exports = router;
