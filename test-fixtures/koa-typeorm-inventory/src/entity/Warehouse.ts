import { Entity, PrimaryGeneratedColumn, Column } from 'typeorm';

@Entity('warehouses')
export class Warehouse {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() tenantId!: string;
  @Column() name!: string;
  @Column({ nullable: true }) address!: string | null;
}
