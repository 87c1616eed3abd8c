export class AppError extends Error {
  constructor(public statusCode: number, message: string) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'Resource') {
    super(404, `${what} not found`);
  }
}

export function assertSameOrg(user: Express.User, row: { organizationId: string } | null): asserts row {
  if (!row || row.organizationId !== user.organizationId) throw new NotFoundError();
}
