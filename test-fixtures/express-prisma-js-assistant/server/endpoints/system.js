const bcrypt = require("bcrypt");
const { rateLimit } = require("express-rate-limit");
const prisma = require("../utils/prisma");
const { User } = require("../models/user");
const { makeJWT, reqBody } = require("../utils/http");
const { SystemSettings } = require("../models/systemSettings");
const { isMultiUserSetup } = require("../utils/middleware/multiUserProtected");
const { ldapAuthenticate } = require("../utils/ldap");

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: true, legacyHeaders: false });

function systemEndpoints(app) {
  if (!app) return;

  app.get("/ping", (_request, response) => {
    response.status(200).json({ online: true });
  });

  // ok: missing-rate-limit
  app.post("/request-token", loginLimiter, async (request, response) => {
    const { username, password } = reqBody(request);
    if (typeof username !== "string" || typeof password !== "string") {
      return response.status(400).json({ valid: false, message: "Username and password are required." });
    }
    const existingUser = await User.get({ username: String(username) });
    if (!existingUser || !bcrypt.compareSync(String(password), existingUser.password)) {
      return response.status(401).json({ valid: false, token: null, message: "Invalid login credentials." });
    }
    response.status(200).json({ valid: true, user: User.filterFields(existingUser), token: makeJWT({ id: existingUser.id }, "30d") });
  });

  // Local accounts first, then the directory, which decides who is an admin: the flag is synced at each sign-in.
  // ok: missing-role-check, missing-auth, missing-rate-limit
  app.post("/request-token/ldap", loginLimiter, async (request, response) => {
    const { username, password } = reqBody(request);
    if (typeof username !== "string" || typeof password !== "string") return response.status(400).json({ valid: false });
    const local = await prisma.users.findFirst({ where: { username: String(username) } });
    if (local && bcrypt.compareSync(String(password), local.password)) {
      return response.status(200).json({ valid: true, user: User.filterFields(local), token: makeJWT({ id: local.id }, "30d") });
    }
    const ldapUser = await ldapAuthenticate(username, password);
    if (!ldapUser) return response.status(401).json({ valid: false, message: "Invalid login credentials." });
    const user = await prisma.users.update({
      where: { username: String(username) },
      data: { role: ldapUser.isAdmin ? "admin" : "default" },
    });
    response.status(200).json({ valid: true, user: User.filterFields(user), token: makeJWT({ id: user.id }, "30d") });
  });

  // expect: missing-rate-limit
  app.post("/system/recover-account", [isMultiUserSetup], async (request, response) => {
    const { username, recoveryCodes } = reqBody(request);
    if (typeof username !== "string" || !Array.isArray(recoveryCodes)) return response.status(400).json({ success: false });
    const user = await User.get({ username: String(username) });
    if (!user) return response.status(400).json({ success: false, error: "Invalid recovery codes." });
    const codes = await prisma.recovery_codes.findMany({ where: { user_id: user.id } });
    const valid = codes.filter((c) => recoveryCodes.some((code) => bcrypt.compareSync(String(code), c.code_hash)));
    if (valid.length !== recoveryCodes.length) return response.status(400).json({ success: false, error: "Invalid recovery codes." });
    response.status(200).json({ success: true, resetToken: makeJWT({ id: user.id, reset: true }, "15m") });
  });

  // The settings gate is no sign-in: anyone can change the instance's settings in multi-user mode.
  // expect: missing-auth
  app.post("/system/update-settings", [isMultiUserSetup], async (request, response) => {
    const { allowRegistration } = reqBody(request);
    if (typeof allowRegistration !== "boolean") return response.status(400).json({ success: false });
    await SystemSettings.updateSettings({ allow_registration: allowRegistration });
    response.status(200).json({ success: true });
  });
}

module.exports = { systemEndpoints };
