const config = require('../config');
const { isValidSignature } = require('../lib/signatures');

module.exports = function verifyLabSignature(req, res, next) {
  const signature = req.get('x-lab-signature');
  if (!isValidSignature(req.rawBody || req.body, signature, config.labWebhookSecret)) {
    return res.status(401).json({ message: 'Invalid signature' });
  }
  next();
};
