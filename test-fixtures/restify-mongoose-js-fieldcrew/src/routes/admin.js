'use strict';
const { Company, User } = require('../models');
const { requireRole } = require('../middleware/auth');

module.exports = function registerAdminRoutes(server) {
  // ok: missing-role-check
  server.get('/admin/users', requireRole('owner'), async (req, res, next) => {
    res.send(await User.find({ companyId: req.user.companyId }).select('email role'));
    return next();
  });

  // expect: missing-role-check, missing-input-validation
  server.patch('/admin/users/:id/role', async (req, res, next) => {
    // ok: unscoped-tenant-query
    const user = await User.findOneAndUpdate({ _id: req.params.id, companyId: req.user.companyId }, { role: String(req.body.role) }, { new: true });
    res.send(user);
    return next();
  });

  // ok: missing-role-check
  server.get('/admin/company', requireRole('owner'), async (req, res, next) => {
    res.send(await Company.findById(req.user.companyId));
    return next();
  });
};
