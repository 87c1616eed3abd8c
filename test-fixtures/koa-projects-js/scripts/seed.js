'use strict';

// Local development data: a demo owner account for the seeded workspace.
const bcrypt = require('bcryptjs');

const DEMO_USERS = [
  // ok: hardcoded-secret
  { email: 'owner@demo.local', password: 'Demo-owner-1', role: 'owner' },
];

async function seed(db) {
  for (const u of DEMO_USERS) {
    await db.query('INSERT INTO users (email, password_hash, role) VALUES ($1, $2, $3)', [u.email, await bcrypt.hash(u.password, 10), u.role]);
  }
}

module.exports = { seed };
