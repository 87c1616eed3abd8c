import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn } from 'typeorm';

@Entity('retros')
export class Retro {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  teamId!: string;

  @Column()
  title!: string;

  @Column('jsonb', { default: [] })
  items!: { text: string; votes: number }[];

  @CreateDateColumn()
  createdAt!: Date;
}
