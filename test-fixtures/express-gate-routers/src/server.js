const express = require('express');
const gate = require('./routes/gate');
const notes = require('./routes/notes');
const catalog = require('./routes/catalog');
const feedback = require('./routes/feedback');
const { userForWrites } = require('./middleware/auth');

const app = express();
app.use(express.json({ limit: '100kb' }));

app.get('/healthz', (req, res) => res.json({ ok: true }));

app.use('/catalog', userForWrites, catalog);
app.use('/api/feedback', feedback);

// from here on every /api route runs the gate's requireUser first
app.use('/api', gate);
app.use('/api/notes', notes);

app.listen(process.env.PORT || 3000);
