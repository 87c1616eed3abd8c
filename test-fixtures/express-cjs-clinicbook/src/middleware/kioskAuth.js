const fs = require('fs');
const path = require('path');
const jwt = require('jsonwebtoken');
const config = require('../config');

// The waiting-room tablets carry a device token issued by the vendor's provisioning
// service (RS256), older tablets still send the HS256 token from the first release.
const provisioningKey = fs.readFileSync(path.join(__dirname, '..', '..', 'keys', 'provisioning.pub'));

function kioskAuth(req, res, next) {
  const token = req.get('x-kiosk-token');
  if (!token) return res.status(401).json({ message: 'Missing kiosk token' });

  // ok: insecure-jwt
  const { header } = jwt.decode(token, { complete: true }) || {};
  try {
    if (header && header.alg === 'RS256') {
      // expect: insecure-jwt
      req.kiosk = jwt.verify(token, provisioningKey);
    } else {
      // expect: insecure-jwt
      req.kiosk = jwt.verify(token, config.kioskSecret, { algorithms: ['HS256', 'none'] });
    }
    return next();
  } catch (err) {
    return res.status(401).json({ message: 'Invalid kiosk token' });
  }
}

module.exports = kioskAuth;
