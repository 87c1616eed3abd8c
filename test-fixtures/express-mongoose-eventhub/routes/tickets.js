const express = require('express');
const { body } = require('express-validator');
const { getMyTickets, getTicket, buyTicket, cancelTicket } = require('../controllers/tickets');
const { protect } = require('../middleware/auth');
const validate = require('../middleware/validate');

const router = express.Router();

router.get('/', protect, getMyTickets);
router.get('/:id', protect, getTicket);
router.post('/', protect, body('event').isMongoId(), body('seat').optional().isString(), validate, buyTicket);
router.delete('/:id', protect, cancelTicket);

module.exports = router;
