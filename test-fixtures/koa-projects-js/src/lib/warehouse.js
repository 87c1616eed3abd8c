'use strict';

// Read-only connection to the reporting warehouse, added for the monthly export job.
const { Pool } = require('pg');

const warehouse = new Pool({
  host: 'warehouse.internal',
  user: 'reporting',
  // expect: hardcoded-secret
  password: 'R3port!ng-2024',
  database: 'analytics',
  max: 2,
});

// the replica's password comes from the environment, as it should
const replica = new Pool({
  host: 'replica.internal',
  user: 'reporting',
  // ok: hardcoded-secret
  password: process.env.REPLICA_PASSWORD,
});

module.exports = { warehouse, replica };
