/** secretlint's findings joined to a file's facts (shared by the main thread and the workers). */
import type { FileFacts } from '../types';
import { secretlintHits } from '../secrets/secretlint';

/** One hit per line; ours win (they name the format we know). */
export async function addSecretlintHits(facts: FileFacts, text: string): Promise<void> {
  facts.secretlintScanned = true;
  const hits = await secretlintHits(facts.file, text);
  if (!hits.length) return;
  const lines = new Set((facts.secretLiterals ?? []).map((s) => s.pos.line));
  for (const h of hits) if (!lines.has(h.pos.line)) (facts.secretLiterals ??= []).push(h);
}
