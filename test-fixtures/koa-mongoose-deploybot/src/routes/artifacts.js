const Router = require('@koa/router');
const multer = require('@koa/multer');
const path = require('path');
const { Deployment } = require('../models');
const { uploadLimiter } = require('../middleware/limits');

const router = new Router({ prefix: '/deployments/:id/artifacts' });

// expect: unrestricted-upload
const upload = multer({
  dest: path.join(__dirname, '../../var/artifacts'),
  limits: { fileSize: 200 * 1024 * 1024 },
});

// ok: missing-auth, missing-rate-limit
router.post('/', uploadLimiter, upload.single('artifact'), async (ctx) => {
  // ok: unscoped-tenant-query
  const deployment = await Deployment.findOne({ _id: ctx.params.id, team: ctx.state.user.team });
  if (!deployment) ctx.throw(404);
  deployment.log = `${deployment.log || ''}\nartifact ${ctx.file.originalname} (${ctx.file.size} bytes)`;
  await deployment.save();
  ctx.status = 201;
  ctx.body = { file: ctx.file.filename };
});

module.exports = router;
