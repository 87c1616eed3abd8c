import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('firms')
export class Firm {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ default: 'standard' }) plan: string;
}
