import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Team } from './entities/Team';
import { User } from './entities/User';
import { Standup } from './entities/Standup';
import { Entry } from './entities/Entry';
import { Retro } from './entities/Retro';

export const AppDataSource = new DataSource({
  type: 'postgres',
  host: process.env.PGHOST ?? 'localhost',
  port: 5432,
  username: process.env.PGUSER ?? 'standups',
  // expect: hardcoded-secret
  password: process.env.PGPASSWORD ?? 'FAKE-St4ndup-pw-2024',
  database: process.env.PGDATABASE ?? 'standups',
  entities: [Team, User, Standup, Entry, Retro],
  synchronize: false,
});

export const users = () => AppDataSource.getRepository(User);
export const teams = () => AppDataSource.getRepository(Team);
export const standups = () => AppDataSource.getRepository(Standup);
export const entries = () => AppDataSource.getRepository(Entry);
export const retros = () => AppDataSource.getRepository(Retro);
