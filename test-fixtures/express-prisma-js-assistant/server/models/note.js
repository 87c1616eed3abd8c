const prisma = require("../utils/prisma");

const Note = {
  get: async function (clause = {}) {
    // expect: unscoped-tenant-query
    return prisma.notes.findFirst({ where: clause });
  },

  update: async function (id, data = {}) {
    // expect: unscoped-tenant-query
    return prisma.notes.update({ where: { id: Number(id) }, data });
  },

  delete: async function (id) {
    // expect: unscoped-tenant-query
    return prisma.notes.delete({ where: { id: Number(id) } });
  },
};

module.exports = { Note };
