'use client';

import { useLocalStorage } from 'usehooks-ts';

export function EditorBridge({ token }: { token: string }) {
  // expect: token-in-localstorage
  const [, setEditorToken] = useLocalStorage('editorAuthToken', '');
  // ok: token-in-localstorage
  const [collapsed, setCollapsed] = useLocalStorage('editor-sidebar-collapsed', false);
  return (
    <div>
      <button onClick={() => setEditorToken(token)}>Open editor</button>
      <button onClick={() => setCollapsed(!collapsed)}>{collapsed ? 'Expand' : 'Collapse'}</button>
    </div>
  );
}
