import { z } from 'zod';

export const clientSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.string().email().optional(),
  allergies: z.array(z.string().max(60)).max(30).default([]),
  goals: z.string().max(2000).optional(),
});

export const planSchema = z.object({
  client: z.string().regex(/^[a-f0-9]{24}$/),
  title: z.string().min(1).max(200),
  calories: z.number().int().min(800).max(6000).optional(),
  days: z.array(z.object({ day: z.number().int(), meals: z.array(z.object({ name: z.string(), recipe: z.string().optional() })) })).max(31),
});

export const recipeSchema = z.object({
  title: z.string().min(1).max(200),
  ingredients: z.array(z.string()).max(100),
  instructions: z.string().max(10000),
  published: z.boolean().default(false),
});

export const signupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(10),
  name: z.string().min(1),
  practiceName: z.string().min(2),
});
