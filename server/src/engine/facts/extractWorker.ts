/**
 * A worker thread of the facts pool (see workerPool.ts): extracts the facts of the files it is
 * sent, exactly as the main thread would (extractFacts, then secretlint's second opinion), and
 * posts them back as plain JSON. It reads nothing but the text it is given.
 */
import { parentPort } from 'worker_threads';
import type { FileFacts } from '../types';
import type { DiscoveredKind } from '../discover/discover';
import { extractFacts } from './extractFile';
import { addSecretlintHits } from './secretlintFacts';

export interface ExtractRequest {
  id: number;
  rel: string;
  kind: DiscoveredKind;
  text: string;
  hash: string;
}

export interface ExtractReply {
  id: number;
  facts?: FileFacts;
  error?: string;
}

parentPort?.on('message', (req: ExtractRequest) => {
  void (async () => {
    try {
      const facts = extractFacts(req.rel, req.text, req.kind, req.hash);
      if (facts.kind === 'code') await addSecretlintHits(facts, req.text);
      parentPort!.postMessage({ id: req.id, facts } satisfies ExtractReply);
    } catch (e) {
      parentPort!.postMessage({ id: req.id, error: String((e as Error)?.message ?? e) } satisfies ExtractReply);
    }
  })();
});
