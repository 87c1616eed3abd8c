import { DataSource } from 'typeorm';
import { Project } from './entities/Project';
import { User } from './entities/User';
export const AppDataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Project, User] });
