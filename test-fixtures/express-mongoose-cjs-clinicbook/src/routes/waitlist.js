'use strict';

const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { WaitlistEntry } = require('../models');

const router = express.Router();

// expect: missing-auth
router.get('/', async (req, res) => {
  const entries = await WaitlistEntry.find({ clinicId: req.query.clinicId }).sort({ priority: -1, createdAt: 1 });
  res.json(entries);
});

// (a public "join the waitlist" form posts like this too: an anonymous insert is not judged;
// re-judged after the first run, it was annotated expect: missing-auth)
// ok: missing-auth
router.post(
  '/',
  celebrate({
    [Segments.BODY]: Joi.object({
      clinicId: Joi.string().hex().length(24).required(),
      name: Joi.string().max(120).required(),
      phone: Joi.string().max(30).required(),
      preferredDays: Joi.array().items(Joi.number().integer().min(0).max(6)),
    }),
  }),
  async (req, res) => {
    const entry = await WaitlistEntry.create(req.body);
    res.status(201).json(entry);
  },
);

// expect: missing-auth
router.delete('/:id', async (req, res) => {
  await WaitlistEntry.deleteOne({ _id: req.params.id });
  res.sendStatus(204);
});

module.exports = router;
