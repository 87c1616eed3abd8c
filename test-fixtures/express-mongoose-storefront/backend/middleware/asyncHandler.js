// Lets async controllers throw; Express 4 does not catch rejected promises itself.
const asyncHandler = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

export default asyncHandler;
