const express = require('express');
const multer = require('multer');
const path = require('path');
const rateLimit = require('express-rate-limit');
const jobs = require('../controllers/jobsController');
const customers = require('../controllers/customersController');
const { isLoggedIn, isAdmin, isDispatcher } = require('../middleware/auth');

const router = express.Router();

// expect: unrestricted-upload
const photoUpload = multer({ dest: path.join(__dirname, '..', 'uploads', 'photos') });

// ok: unrestricted-upload
const csvUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: 2 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, file.mimetype === 'text/csv'),
});

const importLimiter = rateLimit({ windowMs: 60 * 60 * 1000, max: 5 });

// ---- jobs ----
// ok: missing-auth, unscoped-tenant-query
router.get('/jobs', isLoggedIn, jobs.list);
// ok: missing-input-validation, missing-auth
router.post('/jobs', isLoggedIn, isDispatcher, jobs.create);
// ok: missing-auth
router.get('/jobs/:id', isLoggedIn, jobs.show);
// expect: missing-auth
router.get('/jobs/:id/print', jobs.printable);
// expect: missing-input-validation
router.put('/jobs/:id', isLoggedIn, isDispatcher, jobs.update);
// ok: missing-input-validation
router.post('/jobs/:id/notes', isLoggedIn, jobs.addNote);
// ok: missing-role-check
router.delete('/jobs/:id', isLoggedIn, isAdmin, jobs.remove);
// expect: missing-rate-limit
router.post('/jobs/:id/photos', isLoggedIn, photoUpload.single('photo'), jobs.addPhoto);

// ---- customers ----
router.get('/customers', isLoggedIn, customers.list);
// ok: missing-auth
router.get('/customers/:id', isLoggedIn, customers.show);
// expect: missing-input-validation
// ok: missing-rate-limit, unrestricted-upload
router.post('/customers/import', isLoggedIn, isDispatcher, importLimiter, csvUpload.single('file'), customers.importCsv);
// expect: missing-rate-limit
router.get('/customers/export.csv', isLoggedIn, customers.exportCsv);
// ok: missing-input-validation
router.patch('/customers/:id', isLoggedIn, customers.update);

// ---- team ----
// expect: missing-role-check
router.put('/users/:id/role', isLoggedIn, customers.setUserRole);

// the guard was left off when this moved out of /admin; the handler's "not yourself" test stops no one anonymous
// expect: missing-auth
router.delete('/users/:id', customers.removeUser);

// ---- invoices ----
router.get('/invoices/:id', isLoggedIn, customers.invoice);

module.exports = router;
