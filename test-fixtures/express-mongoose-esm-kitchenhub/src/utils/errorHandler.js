export function notFound(req, res) {
  res.status(404).json({ message: `Not found: ${req.originalUrl}` });
}

// eslint-disable-next-line no-unused-vars
export function errorHandler(err, req, res, next) {
  const status = err.status || err.statusCode || 500;
  console.error(err);
  // ok: error-details-leak
  res.status(status).json({ message: status >= 500 ? 'Something went wrong' : err.message });
}
