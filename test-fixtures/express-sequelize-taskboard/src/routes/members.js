const { Member } = require('../models');
const verifyUser = require('../middleware/verifyUser');

module.exports = function registerMemberRoutes(app) {
  app.get('/api/v1/members', verifyUser, async (req, res) => {
    res.json(await Member.findAll({ where: { teamId: req.user.teamId }, attributes: ['id', 'email', 'role'] }));
  });

  // expect: missing-input-validation, missing-rate-limit
  app.post('/api/v1/members/invite', verifyUser, async (req, res) => {
    if (req.user.role !== 'owner') return res.status(403).json({ error: 'owners only' });
    const member = await Member.create({ email: req.body.email, role: 'member', teamId: req.user.teamId });
    res.status(201).json({ id: member.id });
  });

  // one path, several verbs: all() runs before each of them
  app.route('/api/v1/members/:id/profile')
    .all(verifyUser)
    // ok: missing-auth
    .get(async (req, res) => {
      // ok: unscoped-tenant-query
      res.json(await Member.findOne({ where: { id: req.params.id, teamId: req.user.teamId }, attributes: ['id', 'email', 'role'] }));
    })
    // ok: missing-auth
    .delete(async (req, res) => {
      // expect: unscoped-tenant-query
      await Member.destroy({ where: { id: req.params.id } });
      res.sendStatus(204);
    });

  // expect: missing-auth
  app.get('/api/v1/members/:id', async (req, res) => {
    res.json(await Member.findByPk(req.params.id, { attributes: ['id', 'email'] }));
  });
};
