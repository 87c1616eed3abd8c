import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum Role {
  Student = 'student',
  Instructor = 'instructor',
  Admin = 'admin',
}

@Entity('tenants')
export class Tenant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ nullable: true }) stripeCustomerId: string;
  @Column({ default: 'trial' }) plan: string;
  @Column({ nullable: true }) apiKeyHash: string | null;
}

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @ManyToOne(() => Tenant) tenant: Tenant;
  @Column({ unique: true }) email: string;
  @Column() displayName: string;
  @Column() passwordHash: string;
  @Column({ type: 'enum', enum: Role, default: Role.Student }) role: Role;
  @Column({ nullable: true }) resetTokenHash: string | null;
}

@Entity('courses')
export class Course {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ default: false }) published: boolean;
  @Column() instructorId: string;
}

@Entity('lessons')
export class Lesson {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() courseId: string;
  @Column() title: string;
  @Column({ type: 'text' }) body: string;
  @Column({ nullable: true }) meetingId: string | null;
  @Column({ default: 0 }) attendees: number;
}

@Entity('enrollments')
export class Enrollment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() courseId: string;
  @Column() userId: string;
  @Column({ default: 0 }) progress: number;
  @CreateDateColumn() enrolledAt: Date;
}

@Entity('submissions')
export class Submission {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() lessonId: string;
  @Column() studentId: string;
  @Column() storageKey: string;
  @Column({ nullable: true }) grade: number | null;
  @Column({ type: 'text', nullable: true }) feedback: string | null;
}

@Entity('audit_logs')
export class AuditLog {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() actorId: string;
  @Column() action: string;
  @CreateDateColumn() at: Date;
}

@Entity('certificates')
export class Certificate {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() tenantId: string;
  @Column() userId: string;
  @Column() courseId: string;
  @Column({ unique: true }) shareToken: string;
  @CreateDateColumn() issuedAt: Date;
}
