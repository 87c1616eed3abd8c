'use client';

import { useEffect, useState, useTransition, type FormEvent } from 'react';
import { importFromNotion } from '@/app/actions/pages';

export function NotionImportDialog({ onClose }: { onClose: () => void }) {
  const [notionToken, setNotionToken] = useState('');
  const [pageIds, setPageIds] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    setNotionToken(localStorage.getItem('notion_token') ?? '');
  }, []);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const ids = pageIds
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean);

    startTransition(async () => {
      try {
        const { imported } = await importFromNotion({ notionToken, pageIds: ids });
        // Remember the integration secret so people don't have to dig it out of Notion again.
        // expect: token-in-localstorage
        localStorage.setItem('notion_token', notionToken);
        // ok: token-in-localstorage
        localStorage.setItem('wiki:last-import-source', 'notion');
        setResult(`Imported ${imported} page${imported === 1 ? '' : 's'}.`);
      } catch {
        setResult('Import failed. Check the integration secret and page IDs.');
      }
    });
  }

  return (
    <div role="dialog" aria-labelledby="notion-import-title" className="dialog">
      <h2 id="notion-import-title">Import from Notion</h2>
      <form onSubmit={submit}>
        <label>
          Internal integration secret
          <input
            type="password"
            autoComplete="off"
            value={notionToken}
            onChange={(e) => setNotionToken(e.target.value)}
            required
          />
        </label>
        <label>
          Page IDs (one per line)
          <textarea value={pageIds} onChange={(e) => setPageIds(e.target.value)} rows={5} required />
        </label>
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" disabled={pending}>
            {pending ? 'Importing…' : 'Import'}
          </button>
        </div>
        {result && <p role="status">{result}</p>}
      </form>
    </div>
  );
}
