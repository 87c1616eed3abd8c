// Every clinic's data lives in the same collections; queries go through these helpers so
// that the caller's clinic is always part of the filter.
function clinicFilter(req, filter = {}) {
  return { ...filter, clinic: req.user.clinic };
}

function sameClinic(doc, user) {
  return !!doc && String(doc.clinic) === String(user.clinic);
}

module.exports = { clinicFilter, sameClinic };
