'use strict';

// Every document carries the clinic it belongs to; queries go through here.
function scoped(req, filter = {}) {
  return { ...filter, clinicId: req.user.clinicId };
}

function escapeRegex(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

module.exports = { scoped, escapeRegex };
