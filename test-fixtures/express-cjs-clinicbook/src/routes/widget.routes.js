const router = require('express').Router();

// the "book again" button on clinic websites: remembers which clinic the visitor used last
// ok: missing-auth
router.get('/last-clinic', (req, res) => {
  res.json({ slug: (req.session && req.session.lastClinic) || null });
});

// ok: missing-auth
router.post('/last-clinic/:slug', (req, res) => {
  req.session.lastClinic = req.params.slug;
  res.status(204).end();
});

module.exports = router;
