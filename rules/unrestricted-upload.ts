/** unrestricted-upload: upload handling without a size limit or a type check. */
import type { Rule } from '../server/src/engine/findings';

export const rule: Rule = {
  meta: {
    id: 'unrestricted-upload',
    name: 'Upload without size limit or type check',
    defaultSeverity: 'warning',
    description: 'File uploads are accepted without a size limit or without a type check.',
    fullDescription:
      'Unbounded uploads fill disks and memory; unchecked types let users upload HTML or SVG that runs script when served, or executables. Set limits.fileSize (multer, busboy, @fastify/multipart) or maxFileSize (formidable), and a fileFilter / allowed MIME types.',
    cwe: ['CWE-434', 'CWE-400'],
    fixable: false,
    docs: 'rules/unrestricted-upload.md',
  },
  check(ctx) {
    for (const u of ctx.model.uploads) {
      const missing = [!u.hasLimit ? 'a size limit' : '', !u.hasTypeCheck ? 'a file type check' : ''].filter(Boolean);
      if (!missing.length) continue;
      ctx.report({ loc: { file: u.file, ...u.pos }, message: `${u.library} accepts uploads without ${missing.join(' or ')}.`, evidence: [] });
    }
  },
};
