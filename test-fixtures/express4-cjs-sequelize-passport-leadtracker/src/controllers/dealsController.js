const { matchedData } = require('express-validator');
const { Op } = require('sequelize');
const { Deal, Lead } = require('../models');

exports.list = async (req, res) => {
  const where = { orgId: req.user.orgId };
  if (req.query.stage) where.stage = req.query.stage;
  if (req.query.minAmount) where.amountCents = { [Op.gte]: Number(req.query.minAmount) };
  // ok: unscoped-tenant-query
  res.json(await Deal.findAll({ where, include: [{ model: Lead, attributes: ['company'] }] }));
};

exports.show = async (req, res) => {
  // expect: unscoped-tenant-query
  const deal = await Deal.findByPk(req.params.id, { include: [Lead] });
  if (!deal) return res.status(404).json({ error: 'Not found' });
  res.json(deal);
};

exports.create = async (req, res) => {
  const { title, amountCents, stage } = matchedData(req);
  // ok: unscoped-tenant-query
  const lead = await Lead.findOne({ where: { id: req.body.leadId, orgId: req.user.orgId } });
  if (!lead) return res.status(400).json({ error: 'Unknown lead' });
  const deal = await Deal.create({ title, amountCents, stage, leadId: lead.id, orgId: req.user.orgId });
  res.status(201).json(deal);
};

exports.moveStage = async (req, res) => {
  const [count] = await Deal.update(
    { stage: matchedData(req).stage },
    // ok: unscoped-tenant-query
    { where: { id: req.params.id, orgId: req.user.orgId } }
  );
  if (!count) return res.status(404).json({ error: 'Not found' });
  res.json({ ok: true });
};
