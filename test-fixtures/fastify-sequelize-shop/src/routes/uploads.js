const fs = require('fs');
const { pipeline } = require('stream/promises');

module.exports = async function (fastify) {
  // expect: missing-rate-limit
  fastify.post('/uploads', { onRequest: [fastify.authenticate] }, async (request) => {
    // any file type lands in /tmp under the client's file name
    // expect: unrestricted-upload
    const data = await request.file();
    await pipeline(data.file, fs.createWriteStream(`/tmp/${data.filename}`));
    return { ok: true };
  });
};
