const express = require('express');
const Joi = require('joi');
const auth = require('../middleware/auth');
const validate = require('../middleware/validate');
const { Vehicle } = require('../models');

const router = express.Router();

const createVehicle = { body: Joi.object({ plate: Joi.string().required(), model: Joi.string() }) };

// ok: missing-auth, unscoped-tenant-query
router.get('/', auth(), async (req, res) => {
  res.json(await Vehicle.find({ companyId: req.user.companyId }));
});

// the Joi schema runs in validate(), a project middleware
// ok: missing-input-validation
router.post('/', auth(), validate(createVehicle), async (req, res) => {
  res.status(201).json(await Vehicle.create({ ...req.body, companyId: req.user.companyId }));
});

// expect: missing-auth
router.delete('/:vehicleId', async (req, res) => {
  await Vehicle.deleteOne({ _id: req.params.vehicleId });
  res.status(204).end();
});

module.exports = router;
