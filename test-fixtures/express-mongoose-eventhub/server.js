const path = require('path');
const express = require('express');
const dotenv = require('dotenv');
const morgan = require('morgan');
const helmet = require('helmet');
const cors = require('cors');
const cookieParser = require('cookie-parser');
require('colors');

dotenv.config({ path: './config/config.env' });

const connectDB = require('./config/db');
const errorHandler = require('./middleware/error');
const Event = require('./models/Event');

connectDB();

const auth = require('./routes/auth');
const events = require('./routes/events');
const tickets = require('./routes/tickets');
const users = require('./routes/users');
const reports = require('./routes/reports');
const webhooks = require('./routes/webhooks');

const app = express();

// Stripe needs the raw body, mount before express.json()
app.use('/api/v1/webhooks', webhooks);

app.use(express.json());
app.use(cookieParser());

if (process.env.NODE_ENV === 'development') {
  app.use(morgan('dev'));
}

app.use(helmet());
app.use(
  cors({
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  })
);

app.use(express.static(path.join(__dirname, 'public')));

app.get('/api/v1/health', (req, res) => res.json({ ok: true, uptime: process.uptime() }));

// the public event page: published events only, each visit tallied for the organizer's dashboard
// ok: missing-auth
app.get('/api/v1/event-pages/:id', async (req, res) => {
  const event = await Event.findOne({ _id: req.params.id, published: true }).select('title description venue startsAt price cover');
  if (!event) return res.status(404).json({ success: false });
  await Event.updateOne({ _id: event._id }, { $inc: { views: 1 } });
  res.json({ success: true, data: event });
});

app.use('/api/v1/auth', auth);
app.use('/api/v1/events', events);
app.use('/api/v1/tickets', tickets);
app.use('/api/v1/users', users);
app.use('/api/v1/reports', reports);

app.use(errorHandler);

const PORT = process.env.PORT || 5000;

const server = app.listen(PORT, () => console.log(`Server running in ${process.env.NODE_ENV} mode on port ${PORT}`.yellow.bold));

process.on('unhandledRejection', (err) => {
  console.log(`Error: ${err.message}`.red);
  server.close(() => process.exit(1));
});
