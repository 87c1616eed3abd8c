import OpenAI from 'openai';
import Stripe from 'stripe';
import { S3Client } from '@aws-sdk/client-s3';

// ok: hardcoded-secret
const PLACEHOLDER_VALUES = new Set(['your-key-here', 'changeme', 'xxx']);

function readSecret(name: string): string {
  const value = process.env[name];
  if (!value || PLACEHOLDER_VALUES.has(value)) {
    throw new Error(`${name} is not configured`);
  }
  return value;
}

// ok: hardcoded-secret
export const stripe = new Stripe(readSecret('STRIPE_SECRET_KEY'), { apiVersion: '2024-06-20' });

export const openai = new OpenAI({
  // expect: hardcoded-secret
  apiKey: 'sk-proj-FAKE9876543210zyxwvutsrqPONM',
});

export const s3 = new S3Client({
  region: process.env.AWS_REGION ?? 'eu-west-1',
  credentials: {
    // expect: hardcoded-secret
    accessKeyId: 'AKIA4TQX7LMB2RZK9WEH',
    // expect: hardcoded-secret
    secretAccessKey: 'r8Vt3LmQ/K2xWz9Pb7NcYd4HsJ6fGk1EaT5uRo0q',
  },
});
