const { matchedData } = require('express-validator');
const { Lead, Activity, Attachment } = require('../models');

exports.list = async (req, res) => {
  const where = { orgId: req.user.orgId };
  if (req.query.status) where.status = req.query.status;
  // ok: unscoped-tenant-query
  const leads = await Lead.findAll({ where, order: [['updatedAt', 'DESC']], limit: 200 });
  res.json(leads);
};

exports.show = async (req, res) => {
  // ok: unscoped-tenant-query
  const lead = await Lead.findOne({ where: { id: req.params.id, orgId: req.user.orgId } });
  if (!lead) return res.status(404).json({ error: 'Not found' });
  res.json(lead);
};

exports.activity = async (req, res) => {
  // ok: unscoped-tenant-query
  const lead = await Lead.findOne({ where: { id: req.params.id, orgId: req.user.orgId } });
  if (!lead) return res.status(404).json({ error: 'Not found' });
  // ok: unscoped-tenant-query
  const items = await Activity.findAll({ where: { leadId: lead.id }, order: [['createdAt', 'DESC']] });
  res.json(items);
};

exports.create = async (req, res) => {
  const data = matchedData(req, { locations: ['body'] });
  const lead = await Lead.create({ ...data, orgId: req.user.orgId, ownerId: req.user.id });
  res.status(201).json(lead);
};

exports.update = async (req, res) => {
  // ok: unscoped-tenant-query
  const lead = await Lead.findByPk(req.params.id);
  if (!lead || lead.orgId !== req.user.orgId) return res.status(404).json({ error: 'Not found' });
  await lead.update(matchedData(req, { locations: ['body'] }));
  res.json(lead);
};

exports.reassign = async (req, res) => {
  const lead = await Lead.findOne({ where: { id: req.params.id, orgId: req.user.orgId } });
  if (!lead) return res.status(404).json({ error: 'Not found' });
  lead.ownerId = req.body.ownerId;
  lead.status = req.body.status;
  await lead.save();
  res.json(lead);
};

exports.remove = async (req, res) => {
  // expect: unscoped-tenant-query
  await Lead.destroy({ where: { id: req.params.id } });
  res.status(204).end();
};

exports.exportCsv = async (req, res) => {
  const leads = await Lead.findAll({ where: { orgId: req.user.orgId }, raw: true });
  const rows = leads.map((l) => [l.id, l.company, l.contactName, l.email, l.status].join(','));
  res.setHeader('Content-Type', 'text/csv');
  res.setHeader('Content-Disposition', 'attachment; filename="leads.csv"');
  res.send(['id,company,contact,email,status', ...rows].join('\n'));
};

exports.importCsv = async (req, res) => {
  const text = req.file.buffer.toString('utf8');
  const lines = text.split('\n').slice(1).filter(Boolean);
  const created = await Lead.bulkCreate(
    lines.map((line) => {
      const [company, contactName, email] = line.split(',');
      return { company, contactName, email, orgId: req.user.orgId, ownerId: req.user.id };
    })
  );
  res.json({ imported: created.length });
};

exports.attach = async (req, res) => {
  const lead = await Lead.findOne({ where: { id: req.params.id, orgId: req.user.orgId } });
  if (!lead) return res.status(404).json({ error: 'Not found' });
  const row = await Attachment.create({
    fileName: req.file.originalname,
    mimeType: req.file.mimetype,
    sizeBytes: req.file.size,
    storageKey: req.file.filename,
    orgId: req.user.orgId,
    leadId: lead.id,
  });
  res.status(201).json(row);
};

exports.attachments = async (req, res) => {
  try {
    // expect: unscoped-tenant-query
    const files = await Attachment.findAll({ where: { leadId: req.params.id } });
    res.json(files);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: err.message });
  }
};
