const express = require('express');
const { ObjectId } = require('mongodb');
const { db } = require('../db');
const authenticate = require('../middleware/auth');

class InvoiceStore {
  constructor(database) {
    this.invoices = database.collection('invoices');
  }

  forUser(userId) {
    return this.invoices.find({ userId }).toArray();
  }

  byId(id) {
    // expect: unscoped-tenant-query
    return this.invoices.findOne({ _id: new ObjectId(id) });
  }
}

const store = new InvoiceStore(db);
const router = express.Router();

router.get('/', authenticate, async (req, res) => {
  res.json(await store.forUser(req.user.id));
});

router.get('/:id', authenticate, async (req, res) => {
  const invoice = await store.byId(req.params.id);
  if (!invoice) return res.status(404).json({ message: 'Not found' });
  res.json(invoice);
});

module.exports = router;
