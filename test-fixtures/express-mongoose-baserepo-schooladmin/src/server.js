'use strict';
const mongoose = require('mongoose');
const app = require('./app');
const config = require('./lib/config');

mongoose.connect(config.mongoUrl).then(() => {
  app.listen(config.port, () => console.log(`schooladmin api listening on ${config.port}`));
});
