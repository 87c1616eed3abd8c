const express = require('express');
const { Op } = require('sequelize');
const { celebrate, Joi, Segments } = require('celebrate');
const { Appointment, Pet, User } = require('../models');

const router = express.Router();

router.param('appointmentId', async (req, res, next, appointmentId) => {
  try {
    // ok: unscoped-tenant-query
    const appointment = await Appointment.findOne({
      where: { id: appointmentId, clinicId: req.user.clinicId },
      include: [{ model: Pet, attributes: ['id', 'name', 'species'] }],
    });
    if (!appointment) return res.status(404).json({ error: 'Appointment not found' });
    req.appointment = appointment;
    return next();
  } catch (err) {
    return next(err);
  }
});

const appointmentBody = Joi.object({
  petId: Joi.string().uuid().required(),
  vetId: Joi.string().uuid(),
  startsAt: Joi.date().iso().required(),
  endsAt: Joi.date().iso().greater(Joi.ref('startsAt')).required(),
  reason: Joi.string().max(200).allow(''),
});

// ok: missing-auth
router.get('/', async (req, res, next) => {
  try {
    const from = req.query.from ? new Date(req.query.from) : new Date();
    const to = req.query.to ? new Date(req.query.to) : new Date(from.getTime() + 7 * 24 * 3600 * 1000);
    // ok: unscoped-tenant-query
    const appointments = await Appointment.findAll({
      where: { clinicId: req.user.clinicId, startsAt: { [Op.between]: [from, to] } },
      include: [{ model: Pet, attributes: ['id', 'name'] }, { model: User, as: 'vet', attributes: ['id', 'fullName'] }],
      order: [['startsAt', 'ASC']],
    });
    res.json(appointments);
  } catch (err) {
    next(err);
  }
});

// a vet's day list; the pet join keeps it inside the clinic
router.get('/by-vet', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const appointments = await Appointment.findAll({
      where: { vetId: req.query.vetId, status: { [Op.ne]: 'cancelled' } },
      include: [{ model: Pet, where: { clinicId: req.user.clinicId }, attributes: ['id', 'name', 'species'] }],
      order: [['startsAt', 'ASC']],
    });
    res.json(appointments);
  } catch (err) {
    next(err);
  }
});

// ok: missing-input-validation
router.post('/', celebrate({ [Segments.BODY]: appointmentBody }), async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const pet = await Pet.findOne({ where: { id: req.body.petId, clinicId: req.user.clinicId } });
    if (!pet) return res.status(404).json({ error: 'Pet not found' });
    const appointment = await Appointment.create({ ...req.body, clinicId: req.user.clinicId });
    return res.status(201).json(appointment);
  } catch (err) {
    return next(err);
  }
});

router.get('/:appointmentId', (req, res) => res.json(req.appointment));

// ok: missing-input-validation
router.patch(
  '/:appointmentId',
  celebrate({
    [Segments.BODY]: Joi.object({
      reason: Joi.string().max(200).allow(''),
      notes: Joi.string().max(5000).allow(''),
      vetId: Joi.string().uuid(),
      status: Joi.string().valid('booked', 'checked_in', 'completed'),
    }),
  }),
  async (req, res, next) => {
    try {
      await req.appointment.update(req.body);
      res.json(req.appointment);
    } catch (err) {
      next(err);
    }
  },
);

router.post('/:appointmentId/cancel', async (req, res, next) => {
  try {
    await req.appointment.update({ status: 'cancelled' });
    res.json(req.appointment);
  } catch (err) {
    next(err);
  }
});

// consult notes panel in the calendar drawer
router.get('/:id/notes', async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const appointment = await Appointment.findByPk(req.params.id, { attributes: ['id', 'notes', 'reason'] });
    if (!appointment) return res.status(404).json({ error: 'Appointment not found' });
    return res.json(appointment);
  } catch (err) {
    return next(err);
  }
});

// ok: missing-input-validation
router.put(
  '/:id/reschedule',
  celebrate({ [Segments.BODY]: Joi.object({ startsAt: Joi.date().iso().required(), endsAt: Joi.date().iso().required() }) }),
  async (req, res, next) => {
    try {
      const { startsAt, endsAt } = req.body;
      // expect: unscoped-tenant-query
      const [updated] = await Appointment.update({ startsAt, endsAt }, { where: { id: req.params.id } });
      res.status(updated ? 204 : 404).end();
    } catch (err) {
      next(err);
    }
  },
);

module.exports = router;
