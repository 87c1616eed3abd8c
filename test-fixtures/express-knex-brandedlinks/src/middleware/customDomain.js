const config = require('../config');
const db = require('../db');

// a request to one of the customers' own domains: its root goes to the homepage they set
async function customDomainHomepage(req, res, next) {
  const host = (req.headers.host || '').replace(/^www\./, '');
  if (host === config.APP_DOMAIN) {
    next();
    return;
  }
  if (req.path === '/') {
    const domain = await db('domains').where({ address: host }).first();
    if (domain && domain.homepage) {
      res.redirect(302, domain.homepage);
      return;
    }
  }
  next();
}

module.exports = customDomainHomepage;
