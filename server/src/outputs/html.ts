/**
 * The shell of routeguard's HTML documents: one self-contained file (inline style and script,
 * no fonts, images or requests), readable printed or offline, safe to attach to a ticket.
 */

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A link to a source line, relative to where the document is written. */
export function sourceLink(prefix: string, file: string, line: number): string {
  return `<a href="${escapeHtml(prefix + encodeURI(file) + '#L' + line)}">${escapeHtml(file)}:${line}</a>`;
}

const STYLE = `
:root { color-scheme: light dark; --bad: #c62828; --warn: #b26a00; --ok: #2e7d32; --muted: #777; --line: #8884; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem 2rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
code, td.path { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 13px; }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: Canvas; }
th button { all: unset; cursor: pointer; font-weight: 600; } th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: inherit; } th[aria-sort="descending"] button::after { content: " \\2193"; color: inherit; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; } .card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
.card b { display: block; font-size: 1.4rem; } .card.bad b { color: var(--bad); }
.sev-error, .bad { color: var(--bad); font-weight: 600; } .sev-warning, .warn { color: var(--warn); font-weight: 600; } .sev-info { color: var(--muted); font-weight: 600; } .good { color: var(--ok); }
.controls { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; } .controls input[type=search] { width: 22rem; padding: .3rem .5rem; }
.muted { color: var(--muted); } ul.evidence { margin: .2rem 0 .6rem; color: var(--muted); }
tr.attention td:first-child { box-shadow: inset 3px 0 var(--bad); }
`;

export function htmlPage(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>` : ''}
</body>
</html>
`;
}
