import { Column, CreateDateColumn, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('companies')
export class Company {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() name!: string;
  @Column({ default: 'trial' }) plan!: string;
  @CreateDateColumn() createdAt!: Date;
}

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() companyId!: string;
  @ManyToOne(() => Company) company!: Company;
  @Column({ unique: true }) email!: string;
  @Column() passwordHash!: string;
  @Column({ default: 'mechanic' }) role!: 'admin' | 'dispatcher' | 'mechanic';
  @Column({ type: 'varchar', nullable: true }) resetTokenHash!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) resetTokenExpiresAt!: Date | null;
}

@Entity('vehicles')
export class Vehicle {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() companyId!: string;
  @Column() vin!: string;
  @Column() plate!: string;
  @Column({ default: 0 }) odometerKm!: number;
  @Column({ default: 'active' }) status!: 'active' | 'in_shop' | 'retired';
  @OneToMany(() => WorkOrder, (w) => w.vehicle) workOrders!: WorkOrder[];
  @UpdateDateColumn() updatedAt!: Date;
}

@Entity('work_orders')
export class WorkOrder {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() companyId!: string;
  @Column() vehicleId!: string;
  @ManyToOne(() => Vehicle, (v) => v.workOrders) vehicle!: Vehicle;
  @Column() summary!: string;
  @Column({ type: 'int', default: 0 }) laborMinutes!: number;
  @Column({ default: 'open' }) status!: 'open' | 'in_progress' | 'done';
  @Column({ type: 'uuid', nullable: true }) assigneeId!: string | null;
  @CreateDateColumn() createdAt!: Date;
}

@Entity('telematics_pings')
export class TelematicsPing {
  @PrimaryGeneratedColumn('increment') id!: number;
  @Column() companyId!: string;
  @Column() vin!: string;
  @Column('double precision') lat!: number;
  @Column('double precision') lng!: number;
  @Column({ default: 0 }) odometerKm!: number;
  @CreateDateColumn() receivedAt!: Date;
}
