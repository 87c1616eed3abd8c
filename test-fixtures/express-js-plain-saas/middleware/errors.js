// last middleware of the app: every route's errors end up here
// eslint-disable-next-line no-unused-vars
export default function errorHandler(err, req, res, next) {
  console.error(err);
  if (err.code && err.code.startsWith('ER_')) {
    // a mysql2 error: its message names tables and columns
    // expect: error-details-leak
    return res.status(500).json({ error: 'Database error', detail: err.sqlMessage });
  }
  res.status(err.status || 500).json({
    error: err.status && err.status < 500 ? err.message : 'Something went wrong',
    ...(process.env.NODE_ENV !== 'production' && { stack: err.stack }),
  });
}
