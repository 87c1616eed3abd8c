const express = require('express');
const db = require('../db');
const { requireUser, requireAdmin } = require('../middleware/auth');

const router = express.Router();

// site operators look at anyone's links
router.get('/users/:userId/links', requireUser, requireAdmin, async (req, res) => {
  // ok: unscoped-tenant-query
  const links = await db('links').where({ user_id: req.params.userId }).orderBy('id', 'desc');
  res.json(links);
});

module.exports = router;
