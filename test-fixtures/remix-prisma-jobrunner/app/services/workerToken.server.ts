import { readFile } from "node:fs/promises";

const TOKEN_PREFIX = "jr_wt_";

/** The token the job workers present, read from the file the deployment mounts. */
export async function readWorkerToken(tokenPath = process.env.WORKER_TOKEN_PATH ?? "/run/secrets/worker-token") {
  // ok: token-logging
  console.info(`Reading worker token from ${tokenPath}`);
  const token = (await readFile(tokenPath, "utf8")).trim();
  if (!token.startsWith(TOKEN_PREFIX)) {
    // ok: token-logging
    console.warn(`Worker token does not start with ${TOKEN_PREFIX}`, { tokenPath });
    // expect: token-logging
    console.warn("Rejected worker token", { token });
    throw new Error("Invalid worker token");
  }
  return token;
}
