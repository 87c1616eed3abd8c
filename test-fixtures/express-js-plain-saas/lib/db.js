import mysql from 'mysql2/promise';

export const pool = mysql.createPool({
  host: process.env.DB_HOST || 'localhost',
  user: process.env.DB_USER || 'billboard',
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME || 'billboard',
  connectionLimit: 10,
});

export async function query(sql, params) {
  const [rows] = await pool.query(sql, params);
  return rows;
}
