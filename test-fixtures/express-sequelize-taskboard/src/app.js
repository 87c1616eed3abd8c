const express = require('express');
const cookieSession = require('cookie-session');
const morgan = require('morgan');
const cors = require('cors');
const verifyUser = require('./middleware/verifyUser');
const boardRoutes = require('./routes/boards');

const app = express();
// ok: token-logging
app.use(morgan('dev'));
// verbose access log for debugging auth problems: writes every bearer token to the log
if (process.env.DEBUG_HTTP) {
  // expect: token-logging
  app.use(morgan(':method :url :status :req[authorization]'));
}
// expect: cors-wildcard
app.use(cors());
app.use(express.json());
// expect: insecure-cookie
app.use(cookieSession({ name: 'session', keys: [process.env.SESSION_KEY], maxAge: 24 * 60 * 60 * 1000 }));

app.get('/', (req, res) => res.send('taskboard api'));
require('./routes/members')(app);
app.use('/api/v1/boards', verifyUser, boardRoutes);

app.use((err, req, res, next) => {
  // expect: error-details-leak
  res.status(err.status || 500).send(err.stack);
});

module.exports = app;
