export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export function assertSameAgency(session: { user: { agencyId: string } }, doc: { agencyId: unknown } | null) {
  if (!doc || String(doc.agencyId) !== session.user.agencyId) {
    throw new HttpError(404, 'Not found');
  }
}
