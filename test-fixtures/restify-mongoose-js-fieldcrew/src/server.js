'use strict';
const restify = require('restify');
const corsMiddleware = require('restify-cors-middleware2');
const mongoose = require('mongoose');
const config = require('./config');
const log = require('./lib/log');
const { requireToken } = require('./middleware/auth');

const server = restify.createServer({ name: 'fieldcrew-api', log });

const cors = corsMiddleware({
  // expect: cors-wildcard
  origins: ['*'],
  credentials: true,
  allowHeaders: ['Authorization'],
});

server.pre(cors.preflight);
server.pre(restify.plugins.pre.dedupeSlashes());
server.use(cors.actual);
server.use(restify.plugins.queryParser({ mapParams: false }));
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.use(requireToken);

require('./routes/public')(server);
require('./routes/auth')(server);
require('./routes/jobs')(server);
require('./routes/crews')(server);
require('./routes/admin')(server);
require('./routes/webhooks')(server);
require('./routes/reports').applyRoutes(server, '/reports');

server.on('restifyError', (req, res, err, callback) => {
  log.error({ err, path: req.path() }, 'request failed');
  return callback();
});

mongoose.connect(config.mongoUrl).then(() => {
  server.listen(config.port, () => log.info(`${server.name} listening at ${server.url}`));
});
