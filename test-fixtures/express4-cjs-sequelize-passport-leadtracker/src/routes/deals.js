const express = require('express');
const { body } = require('express-validator');
const deals = require('../controllers/dealsController');
const { validate, dealRules } = require('../middleware/validate');

const router = express.Router();

router.get('/', deals.list);
// ok: missing-input-validation
router.post('/', dealRules, validate, deals.create);
router.get('/:id', deals.show);
// ok: missing-input-validation
router.patch('/:id/stage', body('stage').isIn(['qualification', 'proposal', 'won', 'lost']), validate, deals.moveStage);

module.exports = router;
