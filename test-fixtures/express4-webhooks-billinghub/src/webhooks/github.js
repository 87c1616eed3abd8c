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

// Sponsors deliveries go to their own app; the signature is checked inside the body parser's verify hook,
// which throws (400 from the error handler) before any handler sees the body.
function assertSponsorsSignature(req, _res, buf) {
  const header = req.get('x-hub-signature-256') || '';
  const digest = 'sha256=' + crypto.createHmac('sha256', process.env.GITHUB_SPONSORS_SECRET).update(buf).digest('hex');
  if (header.length !== digest.length || !crypto.timingSafeEqual(Buffer.from(header), Buffer.from(digest))) {
    throw new Error('invalid signature');
  }
}

const sponsors = express.Router();
sponsors.use(express.json({ verify: assertSponsorsSignature }));
// ok: unverified-webhook, missing-auth
sponsors.post('/', async (req, res) => {
  const { action, sponsorship } = req.body;
  await prisma.deployEvent.create({ data: { repo: 'sponsors', ref: action, sha: String(sponsorship.id) } });
  res.status(204).end();
});

module.exports = router;
module.exports.sponsors = sponsors;
