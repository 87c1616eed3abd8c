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

  // expect: missing-auth
  app.get('/api/v1/members/:id', async (req, res) => {
    res.json(await Member.findByPk(req.params.id, { attributes: ['id', 'email'] }));
  });
};
