'use strict';
const express = require('express');
const Joi = require('joi');
const { requireAuth } = require('../auth/passport');
const { students } = require('../repositories');

const router = express.Router();
router.use(requireAuth);

const patchSchema = Joi.object({
  firstName: Joi.string().max(80),
  lastName: Joi.string().max(80),
  grade: Joi.number().integer().min(0).max(13),
});

router.get('/', async (req, res) => {
  res.json(await students.forSchool(req.user.school, { grade: Number(req.query.grade) || undefined }));
});

router.get('/by-guardian', async (req, res) => {
  res.json(await students.byGuardian(String(req.query.email)));
});

router.get('/:id', async (req, res) => {
  const student = await students.findById(req.params.id);
  if (!student) return res.status(404).json({ error: 'not found' });
  return res.json(student);
});

router.get('/:id/profile', async (req, res) => {
  const student = await students.findInSchool(req.user.school, req.params.id);
  if (!student) return res.status(404).json({ error: 'not found' });
  return res.json({ id: student._id, name: `${student.firstName} ${student.lastName}`, grade: student.grade });
});

// ok: missing-input-validation
router.patch('/:id', async (req, res) => {
  const { value, error } = patchSchema.validate(req.body);
  if (error) return res.status(400).json({ error: error.details[0].message });
  const updated = await students.updateById(req.params.id, value);
  return res.json(updated);
});

module.exports = router;
