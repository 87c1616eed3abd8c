'use strict';
const express = require('express');
const { requireAuth } = require('../auth/passport');
const assessmentService = require('../services/AssessmentService');

const router = express.Router();

// ok: missing-auth
router.get('/student/:studentId', requireAuth, async (req, res) => {
  res.json(await assessmentService.gradeBook(req.user.school, req.params.studentId));
});

router.get('/:id', requireAuth, async (req, res) => {
  const assessment = await assessmentService.get(req.params.id);
  res.json(assessment);
});

// expect: missing-input-validation
router.post('/', requireAuth, async (req, res) => {
  const created = await assessmentService.record(req.user, req.body);
  if (!created) return res.status(404).json({ error: 'student not found' });
  return res.status(201).json(created);
});

module.exports = router;
