const express = require('express');
const jwt = require('jsonwebtoken');
const { Op } = require('sequelize');
const { celebrate, Joi, Segments } = require('celebrate');
const { Pet } = require('../models');
const { requireRole, assertSameClinic } = require('../middleware/auth');
const { petPhotoUpload, csvImport, uploadLimiter } = require('../middleware/security');
const config = require('../config');

const router = express.Router();

const SPECIES = ['dog', 'cat', 'rabbit', 'bird', 'reptile', 'other'];

const petSchema = Joi.object({
  name: Joi.string().trim().max(80).required(),
  species: Joi.string().valid(...SPECIES).required(),
  breed: Joi.string().trim().max(80).allow(''),
  birthDate: Joi.date().iso(),
  ownerName: Joi.string().trim().max(120).required(),
  ownerEmail: Joi.string().email().allow(''),
  ownerPhone: Joi.string().max(30).allow(''),
});

// ok: missing-auth
router.get('/', async (req, res, next) => {
  try {
    const { q, species } = req.query;
    const where = { clinicId: req.user.clinicId };
    if (species) where.species = species;
    if (q) where.name = { [Op.iLike]: `%${q}%` };
    // ok: unscoped-tenant-query
    const pets = await Pet.findAll({ where, order: [['name', 'ASC']], limit: 100 });
    res.json(pets);
  } catch (err) {
    next(err);
  }
});

router.get('/:petId', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const pet = await Pet.findOne({ where: { id: req.params.petId, clinicId: req.user.clinicId } });
    if (!pet) return res.status(404).json({ error: 'Pet not found' });
    return res.json(pet);
  } catch (err) {
    return next(err);
  }
});

// ok: missing-input-validation
router.post('/', celebrate({ [Segments.BODY]: petSchema }), async (req, res, next) => {
  try {
    const pet = await Pet.create({ ...req.body, clinicId: req.user.clinicId });
    res.status(201).json(pet);
  } catch (err) {
    next(err);
  }
});

// expect: missing-input-validation
router.put('/:petId', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const pet = assertSameClinic(req.user, await Pet.findByPk(req.params.petId));
    await pet.update(req.body);
    res.json(pet);
  } catch (err) {
    next(err);
  }
});

router.delete('/:petId', requireRole('admin', 'vet'), async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const deleted = await Pet.destroy({ where: { id: req.params.petId } });
    res.status(deleted ? 204 : 404).end();
  } catch (err) {
    next(err);
  }
});

// expect: missing-rate-limit
router.post('/:petId/photo', petPhotoUpload.single('photo'), async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const pet = await Pet.findOne({ where: { id: req.params.petId, clinicId: req.user.clinicId } });
    if (!pet) return res.status(404).json({ error: 'Pet not found' });
    await pet.update({ photoPath: req.file.path });
    return res.json({ photoPath: pet.photoPath });
  } catch (err) {
    return next(err);
  }
});

// owners get a read-only link to their pet's record
router.post('/:petId/share', async (req, res, next) => {
  try {
    const pet = await Pet.findOne({ where: { id: req.params.petId, clinicId: req.user.clinicId } });
    if (!pet) return res.status(404).json({ error: 'Pet not found' });
    // ok: insecure-jwt
    const token = jwt.sign({ petId: pet.id, clinicId: pet.clinicId }, config.shareLinkSecret, { expiresIn: '7d' });
    return res.json({ url: `${config.appUrl}/shared/${token}` });
  } catch (err) {
    return next(err);
  }
});

// ok: missing-rate-limit, missing-role-check
// expect: missing-input-validation
router.post('/import', requireRole('admin'), uploadLimiter, csvImport.single('file'), async (req, res, next) => {
  try {
    const rows = req.file.buffer
      .toString('utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(','));
    const pets = rows.map(([name, species, breed, ownerName, ownerEmail, ownerPhone]) => ({
      name,
      species,
      breed,
      ownerName,
      ownerEmail,
      ownerPhone,
      clinicId: req.user.clinicId,
    }));
    await Pet.bulkCreate(pets);
    res.status(201).json({ imported: pets.length });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
