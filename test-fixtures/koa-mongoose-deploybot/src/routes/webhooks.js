const Router = require('@koa/router');
const crypto = require('crypto');
const { Project, Deployment, Incident } = require('../models');
const config = require('../config');
const logger = require('../logger');

const router = new Router({ prefix: '/webhooks' });

function verifyGithubSignature(rawBody, signatureHeader) {
  if (!signatureHeader) return false;
  const expected = 'sha256=' + crypto.createHmac('sha256', config.githubWebhookSecret).update(rawBody).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(signatureHeader);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// ok: missing-auth, unverified-webhook
router.post('/github', async (ctx) => {
  if (!verifyGithubSignature(ctx.request.rawBody, ctx.get('X-Hub-Signature-256'))) {
    ctx.throw(401, 'Bad signature');
  }
  const event = ctx.get('X-GitHub-Event');
  const payload = ctx.request.body;
  if (event === 'deployment_status') {
    const project = await Project.findOne({ repoFullName: payload.repository.full_name });
    if (project) {
      await Deployment.updateOne(
        { project: project._id, sha: payload.deployment.sha },
        { status: payload.deployment_status.state === 'success' ? 'succeeded' : 'failed' },
      );
    }
  }
  ctx.status = 202;
});

// GitHub Actions runner posts job results here (set up before the app had a secret)
// ok: missing-auth
// expect: unverified-webhook
router.post('/actions', async (ctx) => {
  const { repository, workflow_job: job } = ctx.request.body;
  const project = await Project.findOne({ repoFullName: repository.full_name });
  if (!project) {
    ctx.status = 202;
    return;
  }
  await Deployment.create({
    team: project.team,
    project: project._id,
    sha: job.head_sha,
    ref: job.head_branch,
    status: job.conclusion === 'success' ? 'succeeded' : 'failed',
  });
  ctx.status = 202;
});

// ok: missing-auth
// expect: unverified-webhook
router.post('/sentry', async (ctx) => {
  const digest = crypto.createHmac('sha256', config.sentryClientSecret).update(ctx.request.rawBody).digest('hex');
  if (digest !== ctx.get('Sentry-Hook-Signature')) {
    ctx.throw(401, 'Bad signature');
  }
  const { action, data } = ctx.request.body;
  logger.info('sentry hook', { action });
  if (action === 'created' && data.issue) {
    const project = await Project.findOne({ name: data.issue.project.slug });
    if (project) {
      await Incident.create({ team: project.team, project: project._id, title: data.issue.title, severity: 'sev3', externalId: data.issue.id });
    }
  }
  ctx.status = 200;
});

module.exports = router;
