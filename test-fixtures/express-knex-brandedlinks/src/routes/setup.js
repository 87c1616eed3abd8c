const express = require('express');
const users = require('../queries/users');

const router = express.Router();

// ok: missing-auth
router.get('/', async (req, res) => {
  if (await users.anyUserExists()) {
    return res.redirect('/login');
  }
  res.send('<form method="post" action="/auth/setup">Create the admin account</form>');
});

// shows who set the instance up, to anyone
// expect: missing-auth
router.get('/owner', async (req, res) => {
  const owner = await users.firstUser();
  res.json({ email: owner && owner.email });
});

module.exports = router;
