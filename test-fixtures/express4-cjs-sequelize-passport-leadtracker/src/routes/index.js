const authRoutes = require('./auth');
const leadRoutes = require('./leads');
const dealRoutes = require('./deals');
const adminRoutes = require('./admin');

module.exports = { authRoutes, leadRoutes, dealRoutes, adminRoutes };
