const express = require('express');
const { StaffUser } = require('../models');
const { requireOwner } = require('../middleware/session');

const router = express.Router();

// ok: missing-role-check
router.get('/', requireOwner, async (req, res) => {
  res.json(await StaffUser.findAll({ where: { storeId: req.session.staff.storeId } }));
});

// expect: missing-role-check
router.delete('/:id', async (req, res) => {
  await StaffUser.destroy({ where: { id: req.params.id, storeId: req.session.staff.storeId } });
  res.sendStatus(204);
});

module.exports = router;
