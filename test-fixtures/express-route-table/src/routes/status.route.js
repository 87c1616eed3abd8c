const express = require('express');

const router = express.Router();

// ok: missing-auth
router.get('/', (req, res) => res.json({ ok: true, version: process.env.APP_VERSION }));

module.exports = router;
