import pg from 'pg';

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

export type Queries = {
  apps: import('./queries/apps.js').AppQueries;
  members: import('./queries/members.js').MemberQueries;
};
