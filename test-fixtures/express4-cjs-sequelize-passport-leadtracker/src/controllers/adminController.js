const { matchedData } = require('express-validator');
const { User, Organization } = require('../models');

exports.listUsers = async (req, res) => {
  const users = await User.findAll({
    where: { orgId: req.user.orgId },
    attributes: ['id', 'email', 'name', 'role'],
  });
  res.json(users);
};

exports.changeRole = async (req, res) => {
  const { role } = matchedData(req);
  // expect: unscoped-tenant-query
  await User.update({ role }, { where: { id: req.params.id } });
  res.json({ ok: true });
};

exports.removeUser = async (req, res) => {
  if (Number(req.params.id) === req.user.id) return res.status(400).json({ error: 'Cannot remove yourself' });
  // ok: unscoped-tenant-query
  const n = await User.destroy({ where: { id: req.params.id, orgId: req.user.orgId } });
  if (!n) return res.status(404).json({ error: 'Not found' });
  res.status(204).end();
};

exports.organizations = async (req, res) => {
  // expect: unscoped-tenant-query
  const orgs = await Organization.findAll({ order: [['createdAt', 'DESC']] });
  res.json(orgs);
};
