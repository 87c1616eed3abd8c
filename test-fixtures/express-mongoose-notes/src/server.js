import express from 'express';
import mongoose from 'mongoose';
import rateLimit from 'express-rate-limit';
import { notes } from './routes/notes.js';
import { share } from './routes/share.js';
import { User } from './models/User.js';
import { requireUser } from './middleware/requireUser.js';

const app = express();
app.use(express.json());
app.use(rateLimit({ windowMs: 60_000, max: 300 }));

app.use('/api/notes', notes);
app.use('/api', share);

// ok: missing-auth, missing-role-check
app.get('/api/admin/users', requireUser, async (req, res) => {
  if (req.user.role !== 'admin') return res.sendStatus(403);
  res.json(await User.find({ workspaceId: req.user.workspaceId }).select('email role'));
});

// expect: missing-role-check
app.delete('/api/admin/users/:id', requireUser, async (req, res) => {
  await User.deleteOne({ _id: req.params.id, workspaceId: req.user.workspaceId });
  res.sendStatus(204);
});

await mongoose.connect(process.env.MONGO_URL);
app.listen(3000);
