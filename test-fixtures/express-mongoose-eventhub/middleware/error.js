const ErrorResponse = require('../utils/errorResponse');

const errorHandler = (err, req, res, next) => {
  let error = { ...err };
  error.message = err.message;

  console.log(err.stack.red);

  if (err.name === 'CastError') {
    error = new ErrorResponse(`Resource not found`, 404);
  }

  if (err.code === 11000) {
    error = new ErrorResponse('Duplicate field value entered', 400);
  }

  if (err.name === 'ValidationError') {
    const message = Object.values(err.errors).map((val) => val.message);
    error = new ErrorResponse(message, 400);
  }

  const statusCode = error.statusCode || 500;
  // ok: error-details-leak
  res.status(statusCode).json({ success: false, error: statusCode === 500 ? 'Server Error' : error.message });
};

module.exports = errorHandler;
