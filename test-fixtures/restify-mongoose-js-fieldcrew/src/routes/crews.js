'use strict';
const errors = require('restify-errors');
const { Crew, User, Customer } = require('../models');
const { requireRole } = require('../middleware/auth');

async function loadCrew(req, res, next) {
  const crew = await Crew.findById(req.params.crewId);
  if (!crew || String(crew.companyId) !== req.user.companyId) return next(new errors.NotFoundError('Crew not found'));
  req.crew = crew;
  return next();
}

module.exports = function registerCrewRoutes(server) {
  server.get('/crews', async (req, res, next) => {
    res.send(await Crew.find({ companyId: req.user.companyId }));
    return next();
  });

  // ok: unscoped-tenant-query
  server.get('/crews/:crewId', loadCrew, async (req, res, next) => {
    res.send(req.crew);
    return next();
  });

  // ok: missing-role-check
  server.post('/crews/:crewId/members', requireRole('owner', 'dispatcher'), loadCrew, async (req, res, next) => {
    // ok: unscoped-tenant-query
    const member = await User.findOne({ _id: req.body.userId, companyId: req.user.companyId });
    if (!member) return next(new errors.NotFoundError('User not found'));
    req.crew.memberIds.addToSet(member._id);
    await req.crew.save();
    res.send(req.crew);
    return next();
  });

  server.get('/customers/:id', async (req, res, next) => {
    // expect: unscoped-tenant-query
    const customer = await Customer.findById(req.params.id);
    if (!customer) return next(new errors.NotFoundError());
    res.send(customer);
    return next();
  });
};
