const jwt = require('jsonwebtoken');

const auth = () => (req, res, next) => {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ message: 'Please authenticate' });
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch (e) {
    return res.status(401).json({ message: 'Please authenticate' });
  }
};

module.exports = auth;
