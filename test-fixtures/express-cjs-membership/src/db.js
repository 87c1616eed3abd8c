const { Pool } = require('pg');

// ok: hardcoded-secret
const connectionString = process.env.DATABASE_URL || 'postgres://gym:gym@localhost:5432/ironworks_dev';

const pool = new Pool({ connectionString, max: 10 });

module.exports = {
  query: (text, params) => pool.query(text, params),
};
