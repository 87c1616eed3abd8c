import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity()
export class Project {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  @Column() organizationId!: string;
  @Column({ default: false }) archived!: boolean;
}
