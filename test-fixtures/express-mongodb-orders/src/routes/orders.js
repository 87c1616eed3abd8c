const express = require('express');
const Joi = require('joi');
const { ObjectId } = require('mongodb');
const { db } = require('../db');
const authenticate = require('../middleware/auth');

const router = express.Router();
const orders = db.collection('orders');
const orderSchema = Joi.object({ items: Joi.array().items(Joi.object({ sku: Joi.string(), qty: Joi.number().integer().min(1) })).min(1) });

router.use(authenticate);

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const list = await orders.find({ userId: req.user.id }).sort({ createdAt: -1 }).toArray();
  res.json(list);
});

router.post('/', async (req, res) => {
  const { value, error } = orderSchema.validate(req.body);
  if (error) return res.status(400).json({ message: error.message });
  const result = await orders.insertOne({ ...value, userId: req.user.id, createdAt: new Date() });
  res.status(201).json({ id: result.insertedId });
});

router.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const order = await orders.findOne({ _id: new ObjectId(req.params.id) });
  if (!order) return res.status(404).json({ message: 'Not found' });
  res.json(order);
});

router.delete('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const result = await db.collection('orders').deleteOne({ _id: new ObjectId(req.params.id), userId: req.user.id });
  if (!result.deletedCount) return res.status(404).json({ message: 'Not found' });
  res.status(204).end();
});

// The delivery address of an order that has not shipped yet: only the fields sent are changed.
// expect: missing-input-validation
router.patch('/:id/address', async (req, res) => {
  const { street, city, postcode } = req.body;
  const update = {};
  if (street) update['address.street'] = street;
  if (city) update['address.city'] = city;
  if (postcode) update['address.postcode'] = postcode;
  const result = await orders.updateOne({ _id: new ObjectId(req.params.id), userId: req.user.id, status: 'pending' }, { $set: update });
  if (!result.matchedCount) return res.status(404).json({ message: 'Not found' });
  res.status(204).end();
});

// Marks an order as seen by its owner: only server values are stored.
// ok: missing-input-validation
router.post('/:id/seen', async (req, res) => {
  const update = { seenAt: new Date() };
  await orders.updateOne({ _id: new ObjectId(req.params.id), userId: req.user.id }, { $set: update });
  res.status(204).end();
});

module.exports = router;
