const express = require('express');
const config = require('../config');

const router = express.Router();

// ok: missing-auth
router.get('/', (req, res) => {
  res.send(`<h1>Branded links on ${config.APP_DOMAIN}</h1>`);
});

// ok: missing-auth
router.get('/pricing', (req, res) => {
  res.send('<h1>Pricing</h1>');
});

module.exports = router;
