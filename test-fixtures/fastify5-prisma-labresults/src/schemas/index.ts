export const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    password: { type: 'string', minLength: 8, maxLength: 200 },
  },
  additionalProperties: false,
} as const;

export const emailBody = {
  type: 'object',
  required: ['email'],
  properties: { email: { type: 'string', format: 'email', maxLength: 254 } },
  additionalProperties: false,
} as const;

export const resetBody = {
  type: 'object',
  required: ['token', 'password'],
  properties: { token: { type: 'string', minLength: 20 }, password: { type: 'string', minLength: 12 } },
  additionalProperties: false,
} as const;

export const patientBody = {
  type: 'object',
  required: ['mrn', 'fullName', 'birthDate'],
  properties: {
    mrn: { type: 'string', maxLength: 32 },
    fullName: { type: 'string', minLength: 1, maxLength: 200 },
    birthDate: { type: 'string', format: 'date' },
  },
  additionalProperties: false,
} as const;

export const roleBody = {
  type: 'object',
  required: ['role'],
  properties: { role: { type: 'string', enum: ['TECHNICIAN', 'PHYSICIAN', 'CLINIC_ADMIN'] } },
  additionalProperties: false,
} as const;

export const instrumentBody = {
  type: 'object',
  required: ['orderId', 'results'],
  properties: {
    orderId: { type: 'string' },
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['analyte', 'value', 'unit'],
        properties: { analyte: { type: 'string' }, value: { type: 'string' }, unit: { type: 'string' }, flag: { type: 'string' } },
      },
    },
  },
} as const;
