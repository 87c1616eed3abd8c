'use client';

import { useEffect, useState, useTransition } from 'react';

type Mode = 'write' | 'preview';

type EditorPage = { id: string; title: string; content: string };

export function PageEditor({ page, readOnly = false }: { page: EditorPage; readOnly?: boolean }) {
  const [mode, setMode] = useState<Mode>('write');
  const [title, setTitle] = useState(page.title);
  const [content, setContent] = useState(page.content);
  const [collaborators, setCollaborators] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();

  useEffect(() => {
    const saved = localStorage.getItem('wiki:editor-mode');
    if (saved === 'write' || saved === 'preview') setMode(saved);
  }, []);

  function changeMode(next: Mode) {
    setMode(next);
    // ok: token-in-localstorage
    localStorage.setItem('wiki:editor-mode', next);
  }

  // Presence: who else has this page open.
  useEffect(() => {
    let socket: WebSocket | null = null;
    let cancelled = false;

    async function connect() {
      const res = await fetch(`/api/collab/token?pageId=${encodeURIComponent(page.id)}`);
      if (!res.ok || cancelled) return;
      const { token } = (await res.json()) as { token: string };
      // expect: token-in-localstorage
      localStorage.setItem('token', token);

      socket = new WebSocket(`${process.env.NEXT_PUBLIC_COLLAB_URL}/pages/${page.id}`);
      socket.addEventListener('open', () => socket?.send(JSON.stringify({ type: 'auth', token })));
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(event.data) as { type: string; users?: string[] };
        if (message.type === 'presence' && message.users) setCollaborators(message.users);
      });
    }

    connect();
    return () => {
      cancelled = true;
      socket?.close();
    };
  }, [page.id]);

  function save() {
    startSaving(async () => {
      const res = await fetch(`/api/pages/${page.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, content }),
      });
      setStatus(res.ok ? 'Saved' : 'Could not save, try again');
    });
  }

  return (
    <div className="editor">
      <header className="editor__toolbar">
        <input
          className="editor__title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          disabled={readOnly}
          aria-label="Page title"
        />
        <div role="tablist">
          <button role="tab" aria-selected={mode === 'write'} onClick={() => changeMode('write')}>
            Write
          </button>
          <button role="tab" aria-selected={mode === 'preview'} onClick={() => changeMode('preview')}>
            Preview
          </button>
        </div>
        {collaborators.length > 0 && <span className="editor__presence">{collaborators.length} editing</span>}
        {!readOnly && (
          <button onClick={save} disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        )}
        {status && <span role="status">{status}</span>}
      </header>

      {mode === 'write' ? (
        <textarea
          className="editor__body"
          value={content}
          onChange={(e) => setContent(e.target.value)}
          readOnly={readOnly}
        />
      ) : (
        <pre className="editor__preview">{content}</pre>
      )}
    </div>
  );
}
