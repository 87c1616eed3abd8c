const { decodeJWT } = require("../http");
const { User } = require("../../models/user");

async function validatedRequest(request, response, next) {
  const auth = request.header("Authorization");
  const token = auth ? auth.split(" ")[1] : null;
  if (!token) {
    response.status(401).json({ error: "No auth token found." });
    return;
  }

  const valid = decodeJWT(token);
  if (!valid || !valid.id) {
    response.status(401).json({ error: "Invalid auth token." });
    return;
  }

  const user = await User.get({ id: valid.id });
  if (!user) {
    response.status(401).json({ error: "Invalid auth for user." });
    return;
  }

  response.locals.user = user;
  response.locals.multiUserMode = process.env.MULTI_USER_MODE === "true";
  next();
}

module.exports = { validatedRequest };
