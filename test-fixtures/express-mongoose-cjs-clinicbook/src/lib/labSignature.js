'use strict';

const crypto = require('crypto');

// The lab network signs each delivery with HMAC-SHA256 over the raw body.
function verifyLabSignature(req) {
  const given = Buffer.from(req.get('x-lab-signature') || '', 'hex');
  const expected = crypto.createHmac('sha256', process.env.LAB_WEBHOOK_SECRET).update(req.body).digest();
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

module.exports = { verifyLabSignature };
