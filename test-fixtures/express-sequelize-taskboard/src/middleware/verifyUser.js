const jwt = require('jsonwebtoken');

module.exports = function verifyUser(req, res, next) {
  const token = req.cookies?.token || req.session?.token;
  if (!token) return res.status(401).send('Please log in');
  jwt.verify(token, process.env.TOKEN_SECRET, (err, decoded) => {
    if (err) return res.status(401).send('Session expired');
    req.user = decoded;
    next();
  });
};
