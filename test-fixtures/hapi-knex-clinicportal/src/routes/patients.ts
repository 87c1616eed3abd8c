import type { ServerRoute } from '@hapi/hapi';
import Boom from '@hapi/boom';
import Joi from 'joi';
import { db } from '../db';
import { staffOf, type ClinicCredentials } from '../lib/credentials';

const idParams = Joi.object({ id: Joi.string().uuid().required() });

const patientPayload = Joi.object({
  first_name: Joi.string().max(120),
  last_name: Joi.string().max(120),
  birth_date: Joi.date().iso(),
  phone: Joi.string().max(40).allow(null),
  allergies: Joi.string().max(2000).allow(''),
});

export const patientRoutes: ServerRoute[] = [
  {
    method: 'GET',
    path: '/api/patients',
    handler: async (request) => {
      const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
      // ok: unscoped-tenant-query
      return db('patients').where({ clinic_id: clinicId }).orderBy('last_name').limit(200);
    },
  },
  {
    method: 'GET',
    path: '/api/patients/{id}',
    options: {
      validate: { params: idParams },
    },
    handler: async (request) => {
      // Joi checks the id is a uuid; nothing checks whose patient it is.
      // expect: unscoped-tenant-query
      const patient = await db('patients').where({ id: request.params.id }).first();
      if (!patient) {
        throw Boom.notFound('Patient not found');
      }
      return patient;
    },
  },
  {
    method: 'POST',
    path: '/api/patients',
    options: {
      validate: { payload: patientPayload.fork(['first_name', 'last_name'], (s) => s.required()) },
    },
    handler: async (request, h) => {
      const { clinicId } = staffOf(request);
      const input = request.payload as Record<string, unknown>;
      const [patient] = await db('patients').insert({ ...input, clinic_id: clinicId }).returning('*');
      return h.response(patient).code(201);
    },
  },
  {
    method: ['PUT', 'PATCH'],
    path: '/api/patients/{id}',
    options: {
      validate: { params: idParams, payload: patientPayload },
    },
    handler: async (request, h) => {
      const { clinicId } = request.auth.credentials as unknown as ClinicCredentials;
      // ok: unscoped-tenant-query
      const updated = await db('patients')
        .where({ id: request.params.id, clinic_id: clinicId })
        .update({ ...(request.payload as object), updated_at: db.fn.now() });
      if (!updated) {
        throw Boom.notFound('Patient not found');
      }
      return h.response().code(204);
    },
  },
  // expect: missing-input-validation
  {
    method: 'POST',
    path: '/api/patients/{id}/notes',
    handler: async (request, h) => {
      const { userId, clinicId } = request.auth.credentials as unknown as ClinicCredentials;
      // ok: unscoped-tenant-query
      const patient = await db('patients').where({ id: request.params.id, clinic_id: clinicId }).first();
      if (!patient) {
        throw Boom.notFound('Patient not found');
      }
      const { body } = request.payload as { body: string };
      const [note] = await db('patient_notes')
        .insert({ patient_id: patient.id, clinic_id: clinicId, author_id: userId, body })
        .returning('*');
      return h.response(note).code(201);
    },
  },
  {
    method: 'DELETE',
    path: '/api/patients/{id}/notes/{noteId}',
    handler: async (request, h) => {
      // expect: unscoped-tenant-query
      const removed = await db('patient_notes').where({ id: request.params.noteId, patient_id: request.params.id }).del();
      if (!removed) {
        throw Boom.notFound('Note not found');
      }
      return h.response().code(204);
    },
  },
];
