const { Board, Member, Task } = require('../models');
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
    // expect: missing-role-check
    .delete(async (req, res) => {
      // expect: unscoped-tenant-query
      await Member.destroy({ where: { id: req.params.id } });
      res.sendStatus(204);
    });

  // the caller's open tasks across the team's boards: scoped through the board they belong to
  app.get('/api/v1/members/me/tasks', verifyUser, async (req, res) => {
    // ok: unscoped-tenant-query
    res.json(await Task.findAll({ where: { done: false }, include: [{ model: Board, attributes: ['title'], where: { teamId: req.user.teamId } }] }));
  });

  // an optional join filters nothing: every team's open tasks come back
  app.get('/api/v1/members/me/all-open-tasks', verifyUser, async (req, res) => {
    // expect: unscoped-tenant-query
    res.json(await Task.findAll({ where: { done: false }, include: [{ model: Board, required: false, where: { teamId: req.user.teamId } }] }));
  });

  // expect: missing-auth
  app.get('/api/v1/members/:id', async (req, res) => {
    res.json(await Member.findByPk(req.params.id, { attributes: ['id', 'email'] }));
  });
};
