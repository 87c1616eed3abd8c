require('dotenv').config();

module.exports = {
  development: {
    client: 'pg',
    // ok: hardcoded-secret
    connection: 'postgres://clinicq:changeme@localhost:5432/clinicq',
    migrations: { directory: './migrations' },
  },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 2, max: 10 },
    migrations: { directory: './migrations' },
  },
};
