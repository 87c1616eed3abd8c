'use strict';

const express = require('express');
const Tag = require('../models/Tag');

// Mounted after the app-level isAuthenticated guard in app.js.
const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const tags = await Tag.find({ _workspaceId: req.user.workspace }).sort({ name: 1 }).lean();
    res.json(tags);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const tag = await Tag.findById(req.params.id).lean();
    if (!tag) return res.status(404).json({ error: 'Not found' });
    res.json(tag);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
