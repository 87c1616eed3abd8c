'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const Router = require('@koa/router');
const multer = require('@koa/multer');
const prisma = require('../lib/prisma');
const { requireAuth, requireOrgMatch } = require('../middleware/auth');
const invoiceRoutes = require('./invoices');
const customerRoutes = require('./customers');

const orgRouter = new Router();

orgRouter.use(requireAuth, requireOrgMatch);

orgRouter.get('/', async (ctx) => {
  const org = await prisma.organization.findUnique({
    where: { id: ctx.state.user.orgId },
    select: { id: true, name: true, createdAt: true },
  });
  ctx.body = org;
});

// expect: unrestricted-upload
const upload = multer({
  storage: multer.diskStorage({
    destination: path.join(__dirname, '../../uploads'),
    filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}${path.extname(file.originalname)}`),
  }),
});

// expect: missing-rate-limit
orgRouter.post('/documents', upload.single('file'), async (ctx) => {
  if (!ctx.file) ctx.throw(400, 'file is required');
  const doc = await prisma.document.create({
    data: {
      orgId: ctx.state.user.orgId,
      uploadedBy: ctx.state.user.id,
      filename: ctx.file.originalname,
      path: ctx.file.path,
      sizeBytes: ctx.file.size,
    },
  });
  ctx.status = 201;
  ctx.body = doc;
});

orgRouter.param('docId', async (docId, ctx, next) => {
  // ok: unscoped-tenant-query
  ctx.state.document = await prisma.document.findFirst({ where: { id: docId, orgId: ctx.state.user.orgId } });
  if (!ctx.state.document) ctx.throw(404, 'Document not found');
  return next();
});

orgRouter.get('/documents/:docId', async (ctx) => {
  ctx.attachment(ctx.state.document.filename);
  ctx.body = fs.createReadStream(ctx.state.document.path);
});

orgRouter.delete('/documents/:docId', async (ctx) => {
  // ok: unscoped-tenant-query
  await prisma.document.delete({ where: { id: ctx.params.docId } });
  await fs.promises.unlink(ctx.state.document.path).catch(() => {});
  ctx.status = 204;
});

orgRouter.use('/invoices', invoiceRoutes.routes(), invoiceRoutes.allowedMethods());
orgRouter.use('/customers', customerRoutes.routes(), customerRoutes.allowedMethods());

module.exports = orgRouter;
