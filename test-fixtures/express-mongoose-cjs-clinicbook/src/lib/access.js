'use strict';

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const isManager = (user) => ['owner', 'manager'].includes(user.role);

function assertSameClinic(user, record) {
  if (!record || String(record.clinicId) !== String(user.clinicId)) throw new HttpError(404, 'Not found');
  return record;
}

module.exports = { HttpError, isManager, assertSameClinic };
