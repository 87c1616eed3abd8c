const Joi = require('joi');
const { Customer, User, Invoice } = require('../models');

const ROLES = ['admin', 'dispatcher', 'technician'];

const customerPatch = Joi.object({
  name: Joi.string().max(120),
  phone: Joi.string().max(40),
  address: Joi.string().max(300),
  notes: Joi.string().max(5000).allow(''),
});

function parseCsv(buffer) {
  return buffer
    .toString('utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [name, phone, address] = line.split(',');
      return { name, phone, address };
    });
}

module.exports = {
  list: async (req, res) => {
    // expect: unscoped-tenant-query
    const rows = await Customer.find({ company: req.query.company || req.user.company }).sort('name');
    res.json(rows);
  },

  show: async (req, res) => {
    // ok: unscoped-tenant-query
    const customer = await Customer.findById(req.params.id);
    if (!customer || String(customer.company) !== String(req.user.company)) {
      return res.status(404).json({ message: 'Not found' });
    }
    res.json(customer);
  },

  update: async (req, res) => {
    const { error, value } = customerPatch.validate(req.body, { stripUnknown: true });
    if (error) return res.status(400).json({ message: error.message });
    // ok: unscoped-tenant-query
    const customer = await Customer.findOneAndUpdate({ _id: req.params.id, company: req.user.company }, { $set: value }, { new: true });
    if (!customer) return res.status(404).json({ message: 'Not found' });
    res.json(customer);
  },

  importCsv: async (req, res) => {
    const rows = parseCsv(req.file.buffer).map((r) => ({ ...r, company: req.user.company }));
    await Customer.insertMany(rows);
    res.status(201).json({ imported: rows.length });
  },

  exportCsv: async (req, res) => {
    // ok: unscoped-tenant-query
    const rows = await Customer.find({ company: req.user.company }).lean();
    res.type('text/csv');
    res.send(['name,phone,address'].concat(rows.map((r) => [r.name, r.phone, r.address].join(','))).join('\n'));
  },

  setUserRole: async (req, res) => {
    if (ROLES.indexOf(req.body.role) === -1) return res.status(400).json({ message: 'Unknown role' });
    // ok: unscoped-tenant-query
    const user = await User.findOneAndUpdate({ _id: req.params.id, company: req.user.company }, { role: req.body.role }, { new: true });
    if (!user) return res.status(404).json({ message: 'Not found' });
    res.json({ id: user.id, role: user.role });
  },

  removeUser: async (req, res) => {
    if (String(req.params.id) === String(req.user?._id)) {
      return res.status(403).json({ message: 'You cannot remove your own account' });
    }
    await User.deleteOne({ _id: req.params.id });
    res.status(204).end();
  },

  invoice: async (req, res) => {
    try {
      // ok: unscoped-tenant-query
      const invoice = await Invoice.findOne({ _id: req.params.id, company: req.user.company }).populate('job');
      if (!invoice) return res.status(404).json({ message: 'Not found' });
      res.json(invoice);
    } catch (err) {
      // expect: error-details-leak
      res.status(500).json({ message: 'Could not load invoice', detail: err.message });
    }
  },
};
