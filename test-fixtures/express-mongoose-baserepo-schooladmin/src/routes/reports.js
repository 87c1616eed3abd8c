'use strict';
const express = require('express');
const { requireAuth } = require('../auth/passport');
const reports = require('../services/ReportService');

const router = express.Router();

router.get('/roster', requireAuth, async (req, res) => {
  res.json(await reports.roster(req.user.school));
});

router.get('/students/:id', requireAuth, async (req, res) => {
  res.json(await reports.student(req.params.id));
});

// the export link is mailed to head teachers; it was never put behind the login
// expect: missing-auth
router.get('/:schoolId/scores', async (req, res) => {
  res.json(await reports.scoresFor(req.params.schoolId));
});

module.exports = router;
