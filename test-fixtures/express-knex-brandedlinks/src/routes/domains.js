const express = require('express');
const { body } = require('express-validator');
const config = require('../config');
const db = require('../db');
const { requireUser } = require('../middleware/auth');
const { checked } = require('../middleware/validate');

const router = express.Router();

const addDomain = [
  body('address', 'Domain is not valid.')
    .trim()
    .isLength({ min: 3, max: 64 })
    .customSanitizer((value) => value.replace(/^https?:\/\//, '').replace(/^www\./, ''))
    .custom((value) => value !== config.APP_DOMAIN)
    .withMessage('That domain is ours.'),
  body('homepage').optional({ checkFalsy: true }).isURL().custom((value) => value.startsWith('https://')),
];

// ok: missing-input-validation
router.post('/', requireUser, addDomain, checked, async (req, res) => {
  const [domain] = await db('domains').insert({ user_id: req.user.id, address: req.body.address, homepage: req.body.homepage }).returning('*');
  res.status(201).json(domain);
});

module.exports = router;
