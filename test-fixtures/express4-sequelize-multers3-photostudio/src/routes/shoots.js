const express = require('express');
const { Op } = require('sequelize');
const Joi = require('joi');
const { sequelize, Shoot, Client } = require('../models');

const router = express.Router();

const shootSchema = Joi.object({
  title: Joi.string().max(120).required(),
  clientId: Joi.string().uuid().required(),
  shootDate: Joi.date().iso(),
  priceCents: Joi.number().integer().min(0),
});

// ok: missing-auth
router.get('/', async (req, res) => {
  const where = { accountId: req.user.accountId };
  if (req.query.status) where.status = req.query.status;
  // ok: unscoped-tenant-query
  const shoots = await Shoot.findAll({ where, order: [['shootDate', 'DESC']] });
  res.json(shoots);
});

// "advanced search": every query-string pair becomes a column filter
router.get('/search', async (req, res) => {
  const where = { accountId: req.user.accountId, ...req.query };
  // expect: unscoped-tenant-query
  const shoots = await Shoot.findAll({ where });
  res.json(shoots);
});

router.get('/range', async (req, res) => {
  const where = { accountId: req.user.accountId };
  where[Op.and] = [];
  if (req.query.from) where[Op.and].push({ shootDate: { [Op.gte]: req.query.from } });
  if (req.query.to) where[Op.and].push({ shootDate: { [Op.lte]: req.query.to } });
  // ok: unscoped-tenant-query
  const shoots = await Shoot.findAll({ where });
  res.json(shoots);
});

router.get('/by-client', async (req, res) => {
  const where = {};
  where[Op.and] = [];
  where[Op.and].push({ clientId: req.query.clientId });
  if (req.query.status) where[Op.and].push({ status: req.query.status });
  // expect: unscoped-tenant-query
  const shoots = await Shoot.findAll({ where, include: [Client] });
  res.json(shoots);
});

// the caller's account is written after the query string: a client-sent accountId is overwritten
router.get('/filter', async (req, res) => {
  const where = { ...req.query, accountId: req.user.accountId };
  // ok: unscoped-tenant-query
  res.json(await Shoot.findAll({ where }));
});

router.get('/for-client/:clientId', async (req, res) => {
  const where = { [Op.and]: [{ accountId: req.user.accountId }] };
  where[Op.and].push({ clientId: req.params.clientId });
  // ok: unscoped-tenant-query
  res.json(await Shoot.findAll({ where }));
});

// shoots of the account, or any studio's shoot with the title the caller typed
router.get('/lookup', async (req, res) => {
  const where = { [Op.or]: [{ accountId: req.user.accountId }, { title: req.query.title }] };
  // expect: unscoped-tenant-query
  res.json(await Shoot.findAll({ where }));
});

// "saved views" merge the view's stored filter and then the query string into the account filter
router.get('/view', async (req, res) => {
  const where = { accountId: req.user.accountId };
  Object.assign(where, req.query);
  // expect: unscoped-tenant-query
  res.json(await Shoot.findAll({ where }));
});

// the tenant key is set last, after the client's filters were copied in
router.get('/view-safe', async (req, res) => {
  const where = { ...req.query };
  where.accountId = req.user.accountId;
  // ok: unscoped-tenant-query
  res.json(await Shoot.findAll({ where }));
});

// calendar export for the studio's booking page
router.get('/calendar', async (req, res) => {
  // expect: unscoped-tenant-query
  const [rows] = await sequelize.query('SELECT id, title, "shootDate" FROM "Shoots" WHERE "clientId" = :clientId ORDER BY "shootDate"', {
    replacements: { clientId: req.query.clientId },
  });
  res.json(rows);
});

router.get('/calendar-mine', async (req, res) => {
  // ok: unscoped-tenant-query
  const [rows] = await sequelize.query('SELECT id, title, "shootDate" FROM "Shoots" WHERE "accountId" = :accountId AND "clientId" = :clientId', {
    replacements: { accountId: req.user.accountId, clientId: req.query.clientId },
  });
  res.json(rows);
});

router.get('/board', async (req, res) => {
  const where = { [Op.and]: [] };
  where[Op.and].push({ accountId: req.user.accountId });
  if (req.query.status) where[Op.and].push({ status: req.query.status });
  // ok: unscoped-tenant-query
  res.json(await Shoot.findAll({ where }));
});

router.get('/upcoming', async (req, res) => {
  const conditions = [];
  conditions.push({ accountId: req.user.accountId });
  if (req.query.clientId) conditions.push({ clientId: req.query.clientId });
  // ok: unscoped-tenant-query
  res.json(await Shoot.findAll({ where: { [Op.and]: conditions } }));
});

router.get('/unpaid', async (req, res) => {
  const conditions = [{ status: 'delivered' }];
  if (req.query.clientId) conditions.push({ clientId: req.query.clientId });
  // expect: unscoped-tenant-query
  res.json(await Shoot.findAll({ where: { [Op.and]: conditions } }));
});

router.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const shoot = await Shoot.findByPk(req.params.id, { include: [Client] });
  if (!shoot || shoot.accountId !== req.user.accountId) return res.status(404).json({ error: 'Not found' });
  res.json(shoot);
});

// ok: missing-input-validation
router.post('/', async (req, res) => {
  const { error, value } = shootSchema.validate(req.body);
  if (error) return res.status(400).json({ error: error.message });
  // ok: unscoped-tenant-query
  const client = await Client.findOne({ where: { id: value.clientId, accountId: req.user.accountId } });
  if (!client) return res.status(404).json({ error: 'Unknown client' });
  const shoot = await Shoot.create({ ...value, accountId: req.user.accountId });
  res.status(201).json(shoot);
});

// expect: missing-input-validation
router.put('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const shoot = await Shoot.findByPk(req.params.id);
  if (!shoot) return res.status(404).json({ error: 'Not found' });
  await shoot.update(req.body);
  res.json(shoot);
});

router.delete('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const count = await Shoot.destroy({ where: { id: req.params.id, accountId: req.user.accountId } });
  if (!count) return res.status(404).json({ error: 'Not found' });
  res.status(204).end();
});

module.exports = router;
