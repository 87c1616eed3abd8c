import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('matters')
export class Matter {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() title: string;
  @Column() clientId: string;
  @Column({ default: 'open' }) status: string;
  @Column({ type: 'int', default: 0 }) hourlyRateCents: number;
  @CreateDateColumn() openedAt: Date;
  @Column() firmId: string;
}
