const fs = require('fs');
const { pipeline } = require('stream/promises');

module.exports = async function (fastify) {
  // expect: missing-rate-limit
  fastify.post('/uploads', { onRequest: [fastify.authenticate] }, async (request) => {
    const data = await request.file();
    await pipeline(data.file, fs.createWriteStream(`/tmp/${data.filename}`));
    return { ok: true };
  });
};
