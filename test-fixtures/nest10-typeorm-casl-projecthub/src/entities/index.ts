import { Column, CreateDateColumn, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';

@Entity('workspaces')
export class Workspace {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column({ default: 'starter' }) plan: string;
}

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ unique: true }) email: string;
  @Column() passwordHash: string;
  @Column() workspaceId: string;
  @Column({ default: 'member' }) role: 'owner' | 'admin' | 'member' | 'guest';
}

@Entity('projects')
export class Project {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() workspaceId: string;
  @ManyToOne(() => Workspace) workspace: Workspace;
  @Column() name: string;
  @Column({ nullable: true }) description: string;
  @Column({ default: false }) archived: boolean;
  @OneToMany(() => Task, (t) => t.project) tasks: Task[];
  @CreateDateColumn() createdAt: Date;
}

@Entity('tasks')
export class Task {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() workspaceId: string;
  @Column() projectId: string;
  @ManyToOne(() => Project, (p) => p.tasks) project: Project;
  @Column() title: string;
  @Column({ default: 'todo' }) status: 'todo' | 'doing' | 'done';
  @Column({ nullable: true }) assigneeId: string;
}

@Entity('attachments')
export class Attachment {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() workspaceId: string;
  @Column() taskId: string;
  @Column() storagePath: string;
  @Column() mimeType: string;
  @Column() uploadedBy: string;
}

@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() workspaceId: string;
  @Column() email: string;
  @Column({ unique: true }) token: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
}
