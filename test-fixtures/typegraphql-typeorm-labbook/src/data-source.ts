import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Experiment, Lab, Sample, User } from './entities';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Lab, User, Experiment, Sample],
  synchronize: false,
  logging: ['error'],
});

export const users = () => AppDataSource.getRepository(User);
export const experiments = () => AppDataSource.getRepository(Experiment);
export const samples = () => AppDataSource.getRepository(Sample);
