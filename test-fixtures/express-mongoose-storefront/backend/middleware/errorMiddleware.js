const notFound = (req, res, next) => {
  const error = new Error(`Not Found - ${req.originalUrl}`);
  res.status(404);
  next(error);
};

const errorHandler = (err, req, res, next) => {
  if (err.name === 'CastError' && err.kind === 'ObjectId') {
    return res.status(404).json({ message: 'Resource not found' });
  }
  if (err.statusCode) {
    // ok: error-details-leak
    return res.status(err.statusCode).json({ message: err.message });
  }
  const statusCode = res.statusCode === 200 ? 500 : res.statusCode;
  // ok: error-details-leak
  res.status(statusCode).json({
    message: statusCode === 500 ? 'Something went wrong' : err.message,
    stack: process.env.NODE_ENV === 'production' ? null : err.stack,
  });
};

export { notFound, errorHandler };
