import type { FileFacts } from '../types';

/**
 * Do two links see the same files giving the same `part` of their facts? After an edit nearly every
 * facts object is the very one of the last link, so only the others are compared by their part.
 */
export function sameFacts(before: Map<string, FileFacts>, now: Map<string, FileFacts>, part: (f: FileFacts) => string): boolean {
  if (before.size !== now.size) return false;
  for (const [file, f] of now) {
    const old = before.get(file);
    if (old !== f && (!old || part(old) !== part(f))) return false;
  }
  return true;
}
