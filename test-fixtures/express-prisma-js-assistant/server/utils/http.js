const jwt = require("jsonwebtoken");
const { User } = require("../models/user");

function makeJWT(info = {}, expiry = "30d") {
  if (!process.env.JWT_SECRET) throw new Error("Cannot create JWT as JWT_SECRET is unset.");
  return jwt.sign(info, process.env.JWT_SECRET, { expiresIn: expiry });
}

function decodeJWT(jwtToken) {
  try {
    return jwt.verify(jwtToken, process.env.JWT_SECRET);
  } catch {
    return { p: null, id: null, username: null };
  }
}

// The caller as the middleware found them, else read again from the bearer token.
async function userFromSession(request, response = null) {
  if (response && response.locals?.user) return response.locals.user;
  const auth = request.header("Authorization");
  const token = auth ? auth.split(" ")[1] : null;
  if (!token) return null;
  const valid = decodeJWT(token);
  if (!valid || !valid.id) return null;
  return await User.get({ id: valid.id });
}

function reqBody(request) {
  return typeof request.body === "string" ? JSON.parse(request.body) : request.body;
}

module.exports = { makeJWT, decodeJWT, userFromSession, reqBody };
