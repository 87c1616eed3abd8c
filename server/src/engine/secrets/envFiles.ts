/**
 * Which files are environment files: dotenv syntax holding the real values of a deployment.
 * `.env`, `.env.local`, `.env.production`, ... and Cloudflare Wrangler's `.dev.vars` /
 * `.dev.vars.<environment>` (the local secrets `wrangler dev` reads). Example files document
 * names and are never secrets: `.env.example`, `.dev.vars.example`, `.sample`, `.template`, ...
 */
export const ENV_FILE = /(?:^|\/)(?:\.env|\.dev\.vars)(?:\.[\w.-]+)?$/;
export const EXAMPLE_ENV = /\.(?:example|sample|template|dist|defaults?|schema)$/i;

/** a file name (no folder) of an env file, example files included */
export function isEnvFileName(base: string): boolean {
  return ENV_FILE.test(base);
}
