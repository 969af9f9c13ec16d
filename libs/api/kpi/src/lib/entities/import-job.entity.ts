import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, timestampColumnType } from '@storeops/api/core';

@Entity('import_job')
@Index('idx_import_created', ['createdAt'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'varchar', length: 64 }) checksum!: string;
  @Column({ type: 'bigint', transformer: bigintNumber }) sizeBytes!: number;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber }) bytesRead!: number;
  @Column({ type: 'integer', default: 0 }) rowsRead!: number;
  @Column({ type: 'integer', default: 0 }) inserted!: number;
  @Column({ type: 'integer', default: 0 }) updated!: number;
  @Column({ type: 'integer', default: 0 }) unchanged!: number;
  @Column({ type: 'integer', default: 0 }) errorCount!: number;
  /** JSON: the first 100 problems. */
  @Column({ type: 'text', nullable: true }) errors!: string | null;
  /** JSON: the file's headers when they could not be matched. */
  @Column({ type: 'text', nullable: true }) headers!: string | null;
  /** JSON: the mapping used (header → field). */
  @Column({ type: 'text', nullable: true }) mapping!: string | null;
  @Column({ type: 'integer', nullable: true }) createdById!: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) createdBy!: string | null;
  @Column({ type: timestampColumnType() }) createdAt!: Date;
  @Column({ type: timestampColumnType(), nullable: true }) startedAt!: Date | null;
  @Column({ type: timestampColumnType(), nullable: true }) finishedAt!: Date | null;
}

/** A column mapping remembered for files with the same header row. */
@Entity('import_mapping')
export class ImportMappingEntity {
  /** SHA-256 of the normalised header row. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) signature!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'text' }) mapping!: string;
  @Column({ type: timestampColumnType() }) updatedAt!: Date;
}
