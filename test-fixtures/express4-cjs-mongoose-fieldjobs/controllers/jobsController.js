const Joi = require('joi');
const { Job } = require('../models');

const jobSchema = Joi.object({
  title: Joi.string().max(140).required(),
  customer: Joi.string().hex().length(24).required(),
  scheduledFor: Joi.date().iso(),
  assignedTo: Joi.string().hex().length(24),
});

module.exports = {
  list: async (req, res) => {
    const filter = { company: req.user.company };
    if (req.query.status) filter.status = String(req.query.status);
    // ok: unscoped-tenant-query
    const rows = await Job.find(filter).sort({ scheduledFor: 1 }).limit(200);
    res.json(rows);
  },

  create: async (req, res) => {
    const { error, value } = jobSchema.validate(req.body);
    if (error) return res.status(400).json({ message: error.details[0].message });
    // ok: unscoped-tenant-query
    const job = await Job.create({ ...value, company: req.user.company });
    res.status(201).json(job);
  },

  show: async (req, res) => {
    // ok: unscoped-tenant-query
    const job = await Job.findOne({ _id: req.params.id, company: req.user.company }).populate('customer');
    if (!job) return res.status(404).json({ message: 'Not found' });
    res.json(job);
  },

  printable: async (req, res) => {
    // anonymous route: missing-auth reports it (unscoped-tenant-query judges signed-in callers only)
    // ok: unscoped-tenant-query
    const job = await Job.findById(req.params.id).populate('customer assignedTo');
    if (!job) return res.status(404).send('Not found');
    res.json({ title: job.title, customer: job.customer, notes: job.notes });
  },

  update: async (req, res) => {
    // ok: unscoped-tenant-query
    const job = await Job.findOneAndUpdate({ _id: req.params.id, company: req.user.company }, req.body, { new: true });
    if (!job) return res.status(404).json({ message: 'Not found' });
    res.json(job);
  },

  addNote: async (req, res) => {
    const { error, value } = Joi.object({ body: Joi.string().max(2000).required() }).validate(req.body);
    if (error) return res.status(400).json({ message: 'Note body is required' });
    // ok: unscoped-tenant-query
    const job = await Job.findOne({ _id: req.params.id, company: req.user.company });
    if (!job) return res.status(404).json({ message: 'Not found' });
    job.notes.push({ body: value.body, author: req.user._id, at: new Date() });
    await job.save();
    res.status(201).json(job.notes[job.notes.length - 1]);
  },

  remove: async (req, res) => {
    // ok: unscoped-tenant-query
    await Job.deleteOne({ _id: req.params.id, company: req.user.company });
    res.status(204).end();
  },

  addPhoto: async (req, res) => {
    // ok: unscoped-tenant-query
    const job = await Job.findOne({ _id: req.params.id, company: req.user.company });
    if (!job) return res.status(404).json({ message: 'Not found' });
    job.photos.push(req.file.filename);
    await job.save();
    res.status(201).json({ photos: job.photos });
  },
};
