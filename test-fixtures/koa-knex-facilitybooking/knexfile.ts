import type { Knex } from 'knex';

const config: Knex.Config = {
  client: 'pg',
  // expect: hardcoded-secret
  connection: process.env.DATABASE_URL ?? 'postgres://booking_app:Vq7pLr2xTz9@db.facility-booking.internal:5432/booking',
  migrations: { directory: './migrations', extension: 'ts' },
  pool: { min: 1, max: 10 },
};

export default config;
