const { fn, col } = require('sequelize');
const { Deal } = require('../models');

// Landing page counter: total deals tracked across the platform
exports.summary = async (req, res) => {
  const total = await Deal.count();
  res.json({ dealsTracked: total });
};

exports.pipeline = async (req, res) => {
  const rows = await Deal.findAll({
    attributes: ['stage', [fn('SUM', col('amountCents')), 'total']],
    where: { orgId: req.query.orgId },
    group: ['stage'],
    raw: true,
  });
  res.json(rows);
};
