const prisma = require("../utils/prisma");

const Memory = {
  validations: {
    id: (id) => Number(id),
    content: (content) => String(content).slice(0, 2000),
  },

  get: async function (clause = {}) {
    // ok: unscoped-tenant-query
    const memory = await prisma.memories.findFirst({ where: clause });
    return memory || null;
  },

  forUser: async function (userId) {
    // ok: unscoped-tenant-query
    return prisma.memories.findMany({ where: { userId: Number(userId) }, orderBy: { createdAt: "desc" } });
  },

  create: async function (userId, content) {
    return prisma.memories.create({ data: { userId: Number(userId), content: this.validations.content(content) } });
  },

  update: async function (id, { content }) {
    // ok: unscoped-tenant-query
    const memory = await prisma.memories.update({
      where: { id: this.validations.id(id) },
      data: { content: this.validations.content(content), updatedAt: new Date() },
    });
    return { memory, message: null };
  },

  delete: async function (id) {
    // ok: unscoped-tenant-query
    await prisma.memories.delete({ where: { id: this.validations.id(id) } });
    return true;
  },
};

module.exports = { Memory };
