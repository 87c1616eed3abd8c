import mysql from 'mysql2/promise';

export const pool = mysql.createPool({
  host: process.env.DB_HOST ?? 'localhost',
  user: process.env.DB_USER ?? 'rentagency',
  password: process.env.DB_PASSWORD,
  database: 'rentagency',
  connectionLimit: 10,
});

export async function one<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
  const [rows] = await pool.query(sql, params);
  return (rows as T[])[0];
}
