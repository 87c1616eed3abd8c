export class AppError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'Resource') {
    super(404, `${what} not found`);
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super(403, 'Forbidden');
  }
}
