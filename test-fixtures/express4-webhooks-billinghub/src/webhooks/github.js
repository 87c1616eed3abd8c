const crypto = require('crypto');
const express = require('express');
const { prisma } = require('../lib/clients');

const router = express.Router();

function isValidGithubSignature(rawBody, header) {
  if (!header || !rawBody) return false;
  const digest = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET).update(rawBody).digest('hex');
  const a = Buffer.from(digest);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// ok: unverified-webhook, missing-auth
router.post('/', async (req, res) => {
  if (!isValidGithubSignature(req.rawBody, req.get('x-hub-signature-256'))) {
    return res.status(401).send('bad signature');
  }
  if (req.get('x-github-event') !== 'push') return res.status(202).end();

  const { repository, ref, after } = req.body;
  await prisma.deployEvent.create({ data: { repo: repository.full_name, ref, sha: after } });
  res.status(204).end();
});

module.exports = router;
