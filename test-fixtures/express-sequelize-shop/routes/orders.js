const express = require('express');
const { Order } = require('../models');

const router = express.Router();

router.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const orders = await Order.findAll({ where: { storeId: req.session.staff.storeId }, order: [['createdAt', 'DESC']] });
  res.json(orders);
});

router.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const order = await Order.findByPk(req.params.id);
  if (!order) return res.sendStatus(404);
  res.json(order);
});

// expect: missing-input-validation
router.put('/:id/status', async (req, res) => {
  // ok: unscoped-tenant-query
  await Order.update({ status: req.body.status }, { where: { id: req.params.id, storeId: req.session.staff.storeId } });
  res.sendStatus(204);
});

router.delete('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  await Order.destroy({ where: { id: req.params.id } });
  res.sendStatus(204);
});

module.exports = router;
