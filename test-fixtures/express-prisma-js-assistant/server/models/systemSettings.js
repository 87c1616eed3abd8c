const prisma = require("../utils/prisma");

const SystemSettings = {
  get: async function (clause = {}) {
    return prisma.system_settings.findFirst({ where: clause });
  },

  isMultiUserMode: async function () {
    const setting = await this.get({ label: "multi_user_mode" });
    return setting?.value === "true";
  },

  updateSettings: async function (updates = {}) {
    for (const [label, value] of Object.entries(updates)) {
      await prisma.system_settings.upsert({ where: { label }, update: { value: String(value) }, create: { label, value: String(value) } });
    }
    return { success: true };
  },
};

module.exports = { SystemSettings };
