import crypto from 'node:crypto';
import { NextResponse } from 'next/server';

// A code host's secret-scanning service posts tokens it found in public repositories.
// Each report is signed with the service's published ECDSA key.
async function verifyReportSignature(body: string, signature: string, publicKeyPem: string): Promise<boolean> {
  const verifier = crypto.createVerify('SHA256').update(body);
  return verifier.verify(publicKeyPem, Buffer.from(signature, 'base64'));
}

// ok: missing-rate-limit
export async function POST(request: Request) {
  const signature = request.headers.get('x-leak-report-signature');
  const body = await request.text();
  if (!signature || !body) return NextResponse.json({ error: 'invalid report' }, { status: 400 });
  const ok = await verifyReportSignature(body, signature, process.env.LEAK_REPORT_PUBLIC_KEY ?? '');
  if (!ok) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const reports = JSON.parse(body) as { token: string; url: string }[];
  return NextResponse.json(reports.map((r) => ({ token_raw: r.token, label: 'false_positive' })));
}
