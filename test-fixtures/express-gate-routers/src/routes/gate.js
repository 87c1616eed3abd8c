const { Router } = require('express');
const { requireUser } = require('../middleware/auth');

// Mounted on /api before the private routers: everything registered after it needs a user.
const gate = Router();
gate.use(requireUser);

module.exports = gate;
