const prisma = require("../utils/prisma");

const User = {
  writable: ["username", "role"],

  get: async function (clause = {}) {
    const user = await prisma.users.findFirst({ where: clause });
    return user || null;
  },

  filterFields: function (user = {}) {
    const { password, ...rest } = user;
    return rest;
  },
};

module.exports = { User };
