import { NextResponse } from 'next/server';

// Built-in templates shown in the "New page" dialog. Signed-in users only;
// that is enforced by middleware.ts (matcher '/api/templates/:path*').
const TEMPLATES = [
  { id: 'meeting-notes', title: 'Meeting notes', content: '## Attendees\n\n## Agenda\n\n## Action items\n' },
  { id: 'runbook', title: 'Runbook', content: '## Symptoms\n\n## Diagnosis\n\n## Mitigation\n\n## Escalation\n' },
  { id: 'rfc', title: 'RFC', content: '## Summary\n\n## Motivation\n\n## Proposal\n\n## Alternatives\n' },
  { id: 'onboarding', title: 'Onboarding checklist', content: '- [ ] Laptop\n- [ ] Accounts\n- [ ] Buddy intro\n' },
] as const;

// ok: missing-auth
export async function GET() {
  return NextResponse.json({ templates: TEMPLATES });
}
