const crypto = require("crypto");
const prisma = require("./prisma");

function decryptKey(encrypted) {
  try {
    const [iv, data] = String(encrypted).split(":");
    const key = crypto.createHash("sha256").update(process.env.ENCRYPTION_KEY || "").digest();
    const decipher = crypto.createDecipheriv("aes-256-cbc", key, Buffer.from(iv, "hex"));
    return Buffer.concat([decipher.update(Buffer.from(data, "hex")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

// Run at boot: every stored provider key must still decrypt with the current ENCRYPTION_KEY.
async function checkProviderKeys() {
  const credentials = await prisma.provider_credentials.findMany();
  for (const credential of credentials) {
    const { workspace, provider, last4 } = credential;
    const apiKey = decryptKey(credential.encryptedKey);
    if (!apiKey || apiKey.slice(-4) !== last4) {
      // ok: token-logging
      console.error(`the stored ${provider} key for workspace ${workspace} could not be decrypted`);
      // ok: token-logging
      console.error(`stored ${credential.provider} key ending ${credential.last4} failed its check`);
      continue;
    }
    // expect: token-logging
    console.log(`verified the ${provider} key ${apiKey}`);
  }
}

module.exports = { checkProviderKeys };
