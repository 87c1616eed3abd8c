const express = require('express');
const { Op } = require('sequelize');
const { celebrate, Joi, Segments } = require('celebrate');
const { AuditLog, User } = require('../models');
const { requireRole } = require('../middleware/auth');
const { exportLimiter } = require('../middleware/security');

const router = express.Router();

router.use(requireRole('admin'));

// ok: missing-role-check
router.get('/audit-log', async (req, res, next) => {
  try {
    const since = req.query.since ? new Date(req.query.since) : new Date(Date.now() - 30 * 24 * 3600 * 1000);
    // ok: unscoped-tenant-query
    const entries = await AuditLog.findAll({
      where: { clinicId: req.user.clinicId, createdAt: { [Op.gte]: since } },
      order: [['createdAt', 'DESC']],
      limit: 500,
    });
    res.json(entries);
  } catch (err) {
    next(err);
  }
});

// ok: missing-role-check, missing-input-validation
router.patch(
  '/users/:userId/role',
  celebrate({ [Segments.BODY]: Joi.object({ role: Joi.string().valid('admin', 'vet', 'reception').required() }) }),
  async (req, res, next) => {
    try {
      // ok: unscoped-tenant-query
      const [updated] = await User.update({ role: req.body.role }, { where: { id: req.params.userId, clinicId: req.user.clinicId } });
      if (updated) await AuditLog.create({ action: 'user.role_changed', meta: { userId: req.params.userId, role: req.body.role }, clinicId: req.user.clinicId, userId: req.user.id });
      res.status(updated ? 204 : 404).end();
    } catch (err) {
      next(err);
    }
  },
);

// ok: missing-role-check
router.post('/users/:userId/unlock', async (req, res, next) => {
  try {
    // expect: unscoped-tenant-query
    const [updated] = await User.update({ failedLogins: 0, lockedUntil: null }, { where: { id: req.params.userId } });
    res.status(updated ? 204 : 404).end();
  } catch (err) {
    next(err);
  }
});

// ok: missing-rate-limit, missing-role-check
router.get('/audit-log/export', exportLimiter, async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const entries = await AuditLog.findAll({ where: { clinicId: req.user.clinicId }, order: [['createdAt', 'ASC']] });
    res.attachment('audit-log.json').json(entries);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
