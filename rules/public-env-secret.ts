/** public-env-secret: a secret exposed to the browser through a public env prefix or bundler config. */
import type { Rule } from '../server/src/engine/findings';
import type { EnvDefinition } from '../server/src/engine/model/types';
import { publicPrefixOf, classifySecretName, classifySecretValue, redactSecret, flagValue } from '../server/src/engine/secrets/envSecrets';

interface Verdict {
  secret: boolean;
  why: string;
}

/** Is a variable that reaches the browser a secret? Never returns the value itself. */
export function judgeExposed(name: string, value: string | undefined, definitions: EnvDefinition[], prefix = publicPrefixOf(name)): Verdict {
  const bare = prefix ? name.slice(prefix.length) : name;
  // (`stripeSecretKey` of Nuxt's runtimeConfig.public reads as STRIPE_SECRET_KEY)
  const byName = classifySecretName(bare.replace(/([a-z0-9])([A-Z])/g, '$1_$2'));
  let v = value;
  if (v && v.startsWith('$env:')) {
    // next.config `env: { X: process.env.Y }`: judge Y's name and value
    const src = v.slice(5);
    const srcName = classifySecretName(src);
    if (srcName.secretLike && !srcName.publishableByName) return { secret: true, why: `copies ${src}, a secret-like variable` };
    v = definitions.find((d) => d.name === src)?.value;
  }
  const byValue = v ? classifySecretValue(v) : { kind: 'unknown' as const, format: '' };
  if (byValue.kind === 'secret' && byValue.format !== 'high-entropy') return { secret: true, why: `its value looks like a ${byValue.format} (${redactSecret(v!)})` };
  if (byName.publishableByName || byValue.kind === 'publishable') return { secret: false, why: 'publishable by design' };
  // `NEXT_PUBLIC_DISABLE_SIGNUP=true`: a switch, whatever words its name holds
  if (v && flagValue(v)) return { secret: false, why: 'a flag' };
  if (byName.secretLike) return { secret: true, why: `its name says ${byName.reason}` };
  if (byValue.kind === 'secret') return { secret: true, why: `its value looks like a ${byValue.format} (${redactSecret(v!)})` };
  return { secret: false, why: '' };
}

export const rule: Rule = {
  meta: {
    id: 'public-env-secret',
    name: 'Secret exposed through a public env variable',
    defaultSeverity: 'error',
    description: 'A secret is given a browser-exposed env prefix (NEXT_PUBLIC_, VITE_, ...) or inlined by bundler config.',
    fullDescription:
      'Variables with a public prefix (NEXT_PUBLIC_, VITE_, REACT_APP_, EXPO_PUBLIC_, PUBLIC_, NUXT_PUBLIC_, GATSBY_, and those a Vite config adds with envPrefix) and keys of next.config `env` or Vite `define` are inlined into the JavaScript shipped to every visitor. A secret-looking name or value there is readable by anyone.',
    cwe: ['CWE-200', 'CWE-798'],
    fixable: true,
    docs: 'rules/public-env-secret.md',
  },
  check(ctx) {
    const defs = ctx.model.envDefinitions;
    // a public prefix of its own, or one the Vite config of an app holding the file adds (`envPrefix: ['VITE_', 'APP_']`)
    const added = ctx.model.envPrefixes ?? [];
    const prefixOf = (name: string, file: string) =>
      publicPrefixOf(name) ?? added.filter((a) => !a.dir || file.startsWith(a.dir + '/')).flatMap((a) => a.prefixes).find((p) => name.startsWith(p));
    const exposedNames = new Map<string, string>();
    for (const d of defs) {
      const prefix = prefixOf(d.name, d.file);
      const exposedByConfig = d.source !== 'dotenv';
      if (!prefix && !exposedByConfig) continue;
      const j = judgeExposed(d.name, d.value, defs, prefix);
      if (!j.secret) continue;
      exposedNames.set(d.name, j.why);
      const how = exposedByConfig ? `${d.source === 'next.config' ? 'next.config env' : d.source === 'nuxt.config' ? 'Nuxt runtimeConfig.public' : 'Vite define'} inlines it into the browser bundle` : `the ${prefix} prefix ships it to the browser`;
      ctx.report({
        loc: { file: d.file, ...d.pos },
        message: `${d.name} is exposed to the browser (${how}) and looks like a secret: ${j.why}. Rename it to a server-only name and rotate the key.`,
        evidence: [],
        fixData: { name: d.name, prefix: prefix ?? '' },
      });
    }
    for (const r of ctx.model.envReads) {
      // Nuxt `config.public.receiptSecret` is what NUXT_PUBLIC_RECEIPT_SECRET (or runtimeConfig.public) sets
      const nuxt = r.via === 'useRuntimeConfig().public';
      const prefix = nuxt ? 'NUXT_PUBLIC_' : prefixOf(r.name, r.file);
      if (!prefix) continue;
      const envName = nuxt ? prefix + r.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase() : r.name;
      let why = exposedNames.get(r.name) ?? (nuxt ? exposedNames.get(envName) : undefined);
      if (!why) {
        const def = defs.find((d) => d.name === envName) ?? (nuxt ? defs.find((d) => d.name === r.name && d.source === 'nuxt.config') : undefined);
        const j = judgeExposed(envName, def?.value, defs, prefix);
        if (!j.secret) continue;
        why = j.why;
      }
      ctx.report({
        loc: { file: r.file, ...r.pos },
        message: `${r.via.startsWith('$env/') ? `${r.name} from ${r.via}` : `${r.via}.${r.name}`} reads a secret that the ${prefix} prefix exposes to the browser (${why}).`,
        evidence: defs.filter((d) => d.name === r.name || d.name === envName).map((d) => ({ message: `defined here`, loc: { file: d.file, ...d.pos } })),
        fixData: { name: r.name, prefix },
      });
    }
  },
};
