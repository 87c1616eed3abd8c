const { QueryTypes } = require('sequelize');
const { sequelize, Organization, Lead, Activity } = require('../models');
const logger = require('../lib/logger');

function orgScope(req, where = {}) {
  return { ...where, orgId: req.user.orgId };
}

exports.show = async (req, res) => {
  // ok: unscoped-tenant-query
  const item = await Activity.findOne({
    where: { id: req.params.activityId },
    include: [{ model: Lead, where: { orgId: req.user.orgId } }],
  });
  if (!item) return res.status(404).json({ error: 'Not found' });
  res.json(item);
};

exports.leadViaOrg = async (req, res) => {
  const org = await Organization.findByPk(req.user.orgId);
  // ok: unscoped-tenant-query
  const [lead] = await org.getLeads({ where: { id: req.params.id } });
  if (!lead) return res.status(404).json({ error: 'Not found' });
  res.json(lead);
};

exports.scopedSearch = async (req, res) => {
  // ok: unscoped-tenant-query
  const leads = await Lead.findAll({ where: orgScope(req, { status: req.query.status || 'new' }) });
  res.json(leads);
};

exports.timeline = async (req, res) => {
  // expect: unscoped-tenant-query
  const rows = await sequelize.query('SELECT * FROM "Activities" WHERE "leadId" = :leadId ORDER BY "createdAt" DESC', {
    replacements: { leadId: req.params.id },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
};

exports.log = async (req, res) => {
  // expect: token-logging
  logger.info('activity logged', { user: req.user.id, sid: req.sessionID });
  const lead = await Lead.findOne({ where: { id: req.params.id, orgId: req.user.orgId } });
  if (!lead) return res.status(404).json({ error: 'Not found' });
  try {
    const item = await Activity.create({ ...req.body, orgId: req.user.orgId, leadId: lead.id, userId: req.user.id });
    res.status(201).json(item);
  } catch (err) {
    if (process.env.NODE_ENV !== 'production') {
      // ok: error-details-leak
      return res.status(500).json({ error: err.message, stack: err.stack });
    }
    res.status(500).json({ error: 'Could not log activity' });
  }
};

exports.purgeOrg = async (req, res) => {
  if (req.user.role !== 'owner') return res.sendStatus(403);
  // ok: unscoped-tenant-query
  await Activity.destroy({ where: { orgId: req.user.orgId } });
  res.status(204).end();
};
