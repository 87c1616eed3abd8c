const express = require('express');
const cookieParser = require('cookie-parser');
const config = require('./config');
const customDomainHomepage = require('./middleware/customDomain');

const app = express();
app.use(express.json());
app.use(cookieParser());

// every request first: a customer's own domain sends its root to their homepage
app.use(customDomainHomepage);

app.use('/', require('./routes/pages'));
app.use('/api/links', require('./routes/links'));
app.use('/api/domains', require('./routes/domains'));
app.use('/auth', require('./routes/auth'));
app.use('/jobs', require('./routes/jobs'));
app.use('/api/admin', require('./routes/admin'));
app.use('/setup', require('./routes/setup'));

app.listen(config.PORT);
