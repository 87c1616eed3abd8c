import knex from 'knex';
import { Pool } from 'pg';

export const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
export const pool = new Pool({ connectionString: process.env.DATABASE_URL });
