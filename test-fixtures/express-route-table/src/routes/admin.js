const express = require('express');
const auth = require('../middleware/auth');
const { User } = require('../models');

const router = express.Router();
router.use(auth());

// expect: missing-role-check
router.get('/users', async (req, res) => {
  res.json(await User.find({ companyId: req.user.companyId }).select('email role'));
});

module.exports = router;
