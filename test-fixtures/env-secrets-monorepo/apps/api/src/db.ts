import { Pool } from 'pg';

export const pool = new Pool({
  // ok: hardcoded-secret
  connectionString: process.env.DATABASE_URL,
  max: 10,
  idleTimeoutMillis: 30_000,
});

export interface UserRow {
  id: string;
  email: string;
  role: 'user' | 'admin';
  password_hash: string;
  stripe_customer_id: string | null;
  created_at: Date;
}
