const Router = require('@koa/router');
const multer = require('@koa/multer');
const path = require('path');
const { requireJwt } = require('../auth/passport');
const { uploadLimiter } = require('../lib/limits');
const db = require('../lib/db');

const router = new Router({ prefix: '/api/borrowers' });
router.use(requireJwt);

// expect: unrestricted-upload
const upload = multer({ dest: path.join(__dirname, '../../uploads'), limits: { fileSize: 10 * 1024 * 1024 } });

const idCardUpload = multer({
  dest: path.join(__dirname, '../../uploads/id'),
  limits: { fileSize: 4 * 1024 * 1024 },
  fileFilter: (req, file, cb) => cb(null, ['image/jpeg', 'image/png', 'application/pdf'].includes(file.mimetype)),
});

// ok: missing-auth
router.get('/search', async (ctx) => {
  const q = String(ctx.query.q || '');
  // ok: unscoped-tenant-query
  ctx.body = await db('borrowers').where('branch_id', ctx.state.user.branch_id).andWhere('last_name', 'ilike', `${q}%`).limit(25);
});

// ok: missing-auth
router.get('/:borrowerId', async (ctx) => {
  // expect: unscoped-tenant-query
  const { rows } = await db.raw('select id, first_name, last_name, national_id, credit_score from borrowers where id = ?', [ctx.params.borrowerId]);
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});

// expect: missing-rate-limit
router.post('/:borrowerId/documents', upload.single('document'), async (ctx) => {
  // ok: unscoped-tenant-query
  const borrower = await db('borrowers').where({ id: ctx.params.borrowerId, branch_id: ctx.state.user.branch_id }).first();
  if (!borrower) ctx.throw(404);
  const [doc] = await db('documents').insert({ branch_id: borrower.branch_id, borrower_id: borrower.id, path: ctx.file.path, kind: 'supporting' }).returning('*');
  ctx.status = 201;
  ctx.body = doc;
});

// ok: missing-rate-limit, unrestricted-upload
router.post('/:borrowerId/id-card', uploadLimiter, idCardUpload.single('card'), async (ctx) => {
  // ok: unscoped-tenant-query
  const borrower = await db('borrowers').where({ id: ctx.params.borrowerId, branch_id: ctx.state.user.branch_id }).first();
  if (!borrower) ctx.throw(404);
  await db('documents').insert({ branch_id: borrower.branch_id, borrower_id: borrower.id, path: ctx.file.path, kind: 'id_card' });
  ctx.status = 204;
});

module.exports = router;
