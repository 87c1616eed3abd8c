// throws a 404-shaped error unless the document belongs to the caller's clinic
function assertSameClinic(req, doc) {
  if (!doc || String(doc.clinic) !== String(req.session.user.clinic)) {
    const err = new Error('Not found');
    err.status = 404;
    throw err;
  }
  return doc;
}

module.exports = { assertSameClinic };
