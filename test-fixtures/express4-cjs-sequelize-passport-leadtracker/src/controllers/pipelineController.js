const jwt = require('jsonwebtoken');
const { Op, QueryTypes } = require('sequelize');
const { sequelize, Deal, Lead } = require('../models');

exports.loadLead = async (req, res, next, leadId) => {
  // ok: unscoped-tenant-query
  req.lead = await Lead.findOne({ where: { id: leadId, orgId: req.user.orgId } });
  if (!req.lead) return res.sendStatus(404);
  next();
};

exports.leadDeals = async (req, res) => {
  // ok: unscoped-tenant-query
  const deals = await Deal.findAll({ where: { leadId: req.params.leadId } });
  res.json({ lead: req.lead, deals });
};

exports.filtered = async (req, res) => {
  // ok: unscoped-tenant-query
  const deals = await Deal.findAll({ where: { [Op.and]: [{ orgId: req.user.orgId }, { stage: req.query.stage || 'proposal' }] } });
  res.json(deals);
};

exports.rawDeal = async (req, res) => {
  // expect: unscoped-tenant-query
  const [deal] = await sequelize.query('SELECT * FROM "Deals" WHERE id = $1', { bind: [req.params.id], type: QueryTypes.SELECT });
  if (!deal) return res.sendStatus(404);
  res.json(deal);
};

exports.bulkUpdate = async (req, res) => {
  // ok: unscoped-tenant-query
  const [n] = await Lead.update(req.body, { where: { id: req.body.ids, orgId: req.user.orgId } });
  res.json({ updated: n });
};

exports.inviteLink = (req, res) => {
  // expect: insecure-jwt
  const token = jwt.sign({ orgId: req.user.orgId, role: 'rep' }, 'leadtracker-invite-key', { expiresIn: '7d' });
  res.json({ url: `https://app.leadtracker.test/join?token=${token}` });
};

exports.unsubscribe = async (req, res) => {
  // expect: insecure-jwt
  const claims = jwt.decode(req.query.token);
  if (!claims) return res.status(400).send('Invalid link');
  await Lead.update({ status: 'unsubscribed' }, { where: { id: claims.leadId, orgId: claims.orgId } });
  res.send('You have been unsubscribed.');
};
