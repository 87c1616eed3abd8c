const crypto = require("crypto");
const prisma = require("../utils/prisma");

const ApiKey = {
  get: async function (clause = {}) {
    try {
      // ok: unscoped-tenant-query
      return await prisma.api_keys.findFirst({ where: clause });
    } catch (error) {
      console.error(error.message);
      return null;
    }
  },

  whereUser: async function (userId) {
    // ok: unscoped-tenant-query
    return prisma.api_keys.findMany({ where: { user_id: Number(userId) }, select: { id: true, label: true, createdAt: true } });
  },

  create: async function (userId, label) {
    const secret = crypto.randomBytes(24).toString("base64url");
    const key = await prisma.api_keys.create({ data: { user_id: Number(userId), label: String(label).slice(0, 80), secret } });
    return { key, secret };
  },

  delete: async function (id) {
    try {
      // ok: unscoped-tenant-query
      await prisma.api_keys.delete({ where: { id: parseInt(id) } });
      return { success: true, error: null };
    } catch (error) {
      return { success: false, error: error.message };
    }
  },

  rename: async function (id, label) {
    // expect: unscoped-tenant-query
    return prisma.api_keys.update({ where: { id: parseInt(id) }, data: { label: String(label).slice(0, 80) } });
  },
};

module.exports = { ApiKey };
