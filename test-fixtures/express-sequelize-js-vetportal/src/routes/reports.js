const express = require('express');
const { Op, QueryTypes } = require('sequelize');
const { sequelize, Appointment } = require('../models');
const { requireRole } = require('../middleware/auth');

const router = express.Router();

// waiting-room screen: how many patients are still expected today
// expect: missing-auth
router.get('/today', async (req, res, next) => {
  try {
    const start = new Date();
    start.setHours(0, 0, 0, 0);
    const end = new Date(start.getTime() + 24 * 3600 * 1000);
    const expected = await Appointment.count({
      where: { clinicId: req.query.clinicId, status: 'booked', startsAt: { [Op.between]: [start, end] } },
    });
    res.json({ expected });
  } catch (err) {
    next(err);
  }
});

router.use(requireRole('admin', 'vet'));

// ok: missing-auth
router.get('/revenue', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const rows = await sequelize.query(
      `SELECT date_trunc('month', paid_at) AS month, SUM(amount_cents) AS total_cents
         FROM invoices
        WHERE clinic_id = :clinicId AND status = 'paid' AND paid_at >= :since
        GROUP BY 1 ORDER BY 1`,
      {
        replacements: { clinicId: req.user.clinicId, since: req.query.since || '1970-01-01' },
        type: QueryTypes.SELECT,
      },
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

// ok: missing-auth
router.get('/vets/:vetId/workload', async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const rows = await sequelize.query(
      'SELECT date(starts_at) AS day, count(*) AS visits FROM appointments WHERE vet_id = :vetId GROUP BY 1 ORDER BY 1 DESC LIMIT 30',
      { replacements: { vetId: req.params.vetId }, type: QueryTypes.SELECT },
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
