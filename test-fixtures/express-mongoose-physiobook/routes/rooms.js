const express = require('express');
const { celebrate, Joi, Segments } = require('celebrate');
const { Room } = require('../models');
const { requireLogin } = require('../middleware/auth');

// treatment rooms of a clinic: mounted at /api/clinics/:clinicId/rooms
const router = express.Router({ mergeParams: true });
router.all('*', requireLogin);

router.get('/', async (req, res) => {
  // expect: unscoped-tenant-query
  const rooms = await Room.find({ clinic: req.params.clinicId }).sort({ name: 1 });
  res.json(rooms);
});

// ok: missing-input-validation
router.post('/', celebrate({ [Segments.BODY]: Joi.object({ name: Joi.string().max(60).required(), equipment: Joi.array().items(Joi.string().max(60)).max(20) }) }), async (req, res) => {
  if (req.params.clinicId !== req.session.user.clinic) return res.sendStatus(403);
  // ok: unscoped-tenant-query
  const room = await Room.create({ ...req.body, clinic: req.params.clinicId });
  res.status(201).json(room);
});

router.delete('/:roomId', async (req, res) => {
  if (req.params.clinicId !== req.session.user.clinic) return res.sendStatus(403);
  // ok: unscoped-tenant-query
  await Room.deleteOne({ _id: req.params.roomId, clinic: req.params.clinicId });
  res.sendStatus(204);
});

module.exports = router;
