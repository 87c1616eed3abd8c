/**
 * Load routeguard.config.json as data (JSON.parse + JSON-schema validation with ajv).
 * A broken config is a ConfigError with one line saying what is wrong and how to fix it.
 */
import * as fs from 'fs';
import * as path from 'path';
import type AjvClass from 'ajv';
import { RouteguardConfig, defaultConfig } from './types';
import schema from './schema.json';
import { redactSecretsIn } from '../secrets/redactText';

export const CONFIG_FILE = 'routeguard.config.json';

/** One line saying what is wrong; a value it quotes (an unknown key, a JSON snippet) is redacted if it looks like a secret. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(redactSecretsIn(message));
  }
}

// compiled on first use: most workspaces have no config file, and compiling costs a few hundred ms
let compiled: ReturnType<AjvClass['compile']> | undefined;
function validator() {
  // (ajv itself is loaded here too: an audit without a config file never needs it)
  const Ajv = (require('ajv') as { default: typeof AjvClass }).default; // eslint-disable-line @typescript-eslint/no-require-imports
  compiled ??= new Ajv({ allErrors: false, strict: false }).compile(schema);
  return compiled;
}

export function configFromObject(raw: unknown, where: string): RouteguardConfig {
  const validate = validator();
  if (!validate(raw)) {
    const e = validate.errors?.[0];
    const at = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
    const extra = e?.keyword === 'additionalProperties' ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"` : '';
    const allowed = e?.keyword === 'enum' ? ` (allowed: ${(e.params as { allowedValues: string[] }).allowedValues.join(', ')})` : '';
    throw new ConfigError(`${where}: ${at} ${e?.message ?? 'is invalid'}${extra}${allowed}. Fix the value or remove the key.`);
  }
  const base = defaultConfig();
  const cfg = raw as Partial<RouteguardConfig>;
  return {
    ...base,
    ...cfg,
    // user tenant keys extend the defaults rather than replace them
    tenantKeys: [...new Set([...base.tenantKeys, ...(cfg.tenantKeys ?? [])])],
    adminRoutes: cfg.adminRoutes ?? base.adminRoutes,
    rules: { ...(cfg.rules ?? {}) },
  };
}

export function parseConfigText(text: string, where: string): RouteguardConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new ConfigError(`${where}: not valid JSON (${(e as Error).message.split('\n')[0]}). Fix the syntax or delete the file to use defaults.`);
  }
  return configFromObject(raw, where);
}

/** explicit: --config FILE (must exist); otherwise DIR/routeguard.config.json if present. */
export function loadConfig(root: string, explicit?: string): { config: RouteguardConfig; file?: string } {
  const file = explicit ? path.resolve(explicit) : path.join(root, CONFIG_FILE);
  if (!fs.existsSync(file)) {
    if (explicit) throw new ConfigError(`config file not found: ${explicit}. Check the --config path.`);
    return { config: defaultConfig() };
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code}).`);
  }
  return { config: parseConfigText(text, path.relative(process.cwd(), file) || file), file };
}

export { schema as configSchema };
