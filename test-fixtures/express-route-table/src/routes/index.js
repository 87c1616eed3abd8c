const express = require('express');
const authRoute = require('./auth.route');
const vehicleRoute = require('./vehicle.route');
const bookingRoute = require('./booking.route');
const statusRoute = require('./status.route');

const router = express.Router();

// one table of mounts: each entry becomes router.use(path, route)
const defaultRoutes = [
  { path: '/auth', route: authRoute },
  { path: '/vehicles', route: vehicleRoute },
  { path: '/bookings', route: bookingRoute },
];

defaultRoutes.forEach((route) => {
  router.use(route.path, route.route);
});

const publicRoutes = [{ path: '/status', route: statusRoute }];
for (const { path, route } of publicRoutes) {
  router.use(path, route);
}

module.exports = router;
