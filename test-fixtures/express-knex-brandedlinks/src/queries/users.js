const db = require('../db');

// a fresh install has no account yet: the setup page creates the first one
async function anyUserExists() {
  const row = await db('users').select('id').first();
  return !!row;
}

async function firstUser() {
  return db('users').select('id', 'email', 'role').orderBy('id', 'asc').first();
}

module.exports = { anyUserExists, firstUser };
