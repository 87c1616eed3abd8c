import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('time_entries')
export class TimeEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() matterId: string;
  @Column() userId: string;
  @Column({ type: 'int' }) minutes: number;
  @Column({ nullable: true }) narrative: string;
  @Column() firmId: string;
}
