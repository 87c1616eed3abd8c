"use client";

import { useState } from "react";

// the team's own channel, pasted here during a hack week and never moved to the server
// expect: hardcoded-secret
const TEAM_CHANNEL_WEBHOOK = "https://hooks.slack.com/services/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";

export function NotifySettings({ onSave }: { onSave: (url: string) => void }) {
  const [url, setUrl] = useState("");
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSave(url || TEAM_CHANNEL_WEBHOOK);
      }}
    >
      <label htmlFor="slack-url">Slack incoming webhook</label>
      <input
        id="slack-url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        // ok: hardcoded-secret
        placeholder="https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/abcdEFGHijklMNOPqrstUVWX"
      />
      <button type="submit">Save</button>
    </form>
  );
}
