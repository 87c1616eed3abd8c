const crypto = require('crypto');

// constant-time comparison of a hex HMAC-SHA256 signature over the raw body
function isValidSignature(rawBody, signature, secret) {
  if (!signature || !secret) return false;
  const expected = crypto.createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(String(signature), 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

module.exports = { isValidSignature };
