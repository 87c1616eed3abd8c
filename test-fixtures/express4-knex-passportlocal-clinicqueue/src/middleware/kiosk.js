const crypto = require('crypto');
const db = require('../db');

// waiting-room tablets authenticate with a per-device key
async function requireKioskKey(req, res, next) {
  const key = req.get('x-kiosk-key');
  if (!key) return res.status(401).json({ error: 'Missing kiosk key' });
  const hash = crypto.createHash('sha256').update(key).digest('hex');
  const kiosk = await db('kiosks').where({ api_key_hash: hash }).first();
  if (!kiosk) return res.status(401).json({ error: 'Unknown kiosk' });
  req.kiosk = kiosk;
  return next();
}

module.exports = { requireKioskKey };
