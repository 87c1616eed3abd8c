const express = require('express');
const { celebrate } = require('celebrate');
const patients = require('../controllers/patients.controller');
const { requireRole } = require('../middleware/auth');
const { createPatient, updatePatient } = require('../validators/patient');

const router = express.Router();

router.get('/', patients.list);
// ok: missing-input-validation
router.post('/', celebrate(createPatient), patients.create);
// expect: missing-rate-limit
router.get('/export.csv', requireRole('owner', 'admin'), patients.exportCsv);
router.get('/:id', patients.show);
// ok: missing-input-validation
router.patch('/:id', celebrate(updatePatient), patients.update);
// expect: missing-input-validation
router.post('/:id/notes', patients.addNote);
router.get('/:id/appointments', patients.history);
// ok: missing-role-check
router.delete('/:id', requireRole('owner', 'admin'), patients.remove);

module.exports = router;
