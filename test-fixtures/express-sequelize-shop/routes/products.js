const express = require('express');
const { Product } = require('../models');

const router = express.Router();

// the public catalogue of one store
// ok: missing-auth
router.get('/stores/:storeId/products', async (req, res) => {
  res.json(await Product.findAll({ where: { storeId: req.params.storeId }, attributes: ['id', 'title', 'priceCents'] }));
});

module.exports = router;
