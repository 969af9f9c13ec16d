import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, timestampColumnType } from '@storeops/api/core';

@Entity('import_job')
@Index('idx_import_created', ['createdAt'])
@Index('idx_import_status', ['status', 'id'])
export class ImportJobEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'varchar', length: 255 }) fileName!: string;
  @Column({ type: 'varchar', length: 64 }) checksum!: string;
  @Column({ type: 'bigint', transformer: bigintNumber }) sizeBytes!: number;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  /** queued · reading · writing · rollup · done (ImportPhase). */
  @Column({ type: 'varchar', length: 16, default: 'queued' }) phase!: string;
  /** JSON ImportPhaseProgress of the running phase. */
  @Column({ type: 'text', nullable: true }) progress!: string | null;
  @Column({ type: 'bigint', default: 0, transformer: bigintNumber }) bytesRead!: number;
  @Column({ type: 'integer', default: 0 }) rowsRead!: number;
  @Column({ type: 'integer', default: 0 }) inserted!: number;
  @Column({ type: 'integer', default: 0 }) updated!: number;
  @Column({ type: 'integer', default: 0 }) unchanged!: number;
  @Column({ type: 'integer', default: 0 }) replacedStoreDays!: number;
  @Column({ type: 'integer', default: 0 }) ignoredStoreDaySales!: number;
  @Column({ type: 'integer', default: 0 }) closedDays!: number;
  @Column({ type: 'integer', default: 0 }) errorCount!: number;
  /** JSON: the first IMPORT_MAX_ERRORS problems (code and parameters; worded when answered). */
  @Column({ type: 'text', nullable: true }) errors!: string | null;
  /** JSON ImportProblemGroup[]: every problem grouped by (column, code); the problems themselves are import_problem rows. */
  @Column({ type: 'text', nullable: true }) problemGroups!: string | null;
  /** JSON UnknownStoreValue[]. */
  @Column({ type: 'text', nullable: true }) unknownStores!: string | null;
  /** JSON: the file's headers when they could not be matched (each cut to 100 characters, at most 200). */
  @Column({ type: 'text', nullable: true }) headers!: string | null;
  /** JSON ImportColumn[]: the columns as read, with what each feeds and its detected style. */
  @Column({ type: 'text', nullable: true }) columns!: string | null;
  /** JSON ImportField[]: required fields no column feeds. */
  @Column({ type: 'text', nullable: true }) missingFields!: string | null;
  /** JSON: the mapping used (header → field or ignore). */
  @Column({ type: 'text', nullable: true }) mapping!: string | null;
  /** JSON ImportStoreMapping sent with the upload (file value → store id). */
  @Column({ type: 'text', nullable: true }) storeMapping!: string | null;
  /** ymd · dmy · mdy: as given with the upload, else as detected. */
  @Column({ type: 'varchar', length: 3, nullable: true }) dateOrder!: string | null;
  /** "." or ",": as given with the upload, else as detected. */
  @Column({ type: 'varchar', length: 1, nullable: true }) decimalSeparator!: string | null;
  @Column({ type: 'boolean', default: false }) dateOrderGiven!: boolean;
  @Column({ type: 'boolean', default: false }) decimalSeparatorGiven!: boolean;
  /** Whether the upload named its kind (otherwise the columns decide). */
  @Column({ type: 'boolean', default: false }) kindGiven!: boolean;
  @Column({ type: 'integer', nullable: true }) createdById!: number | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) createdBy!: string | null;
  @Column({ type: timestampColumnType() }) createdAt!: Date;
  @Column({ type: timestampColumnType(), nullable: true }) startedAt!: Date | null;
  @Column({ type: timestampColumnType(), nullable: true }) finishedAt!: Date | null;
  /** Where the upload waits for whichever API process takes the job (under UPLOAD_DIR, shared storage). */
  @Column({ type: 'varchar', length: 500, nullable: true }) filePath!: string | null;
  /** JSON RequestUser of who uploaded it: the job runs with their rights in any process. */
  @Column({ type: 'text', nullable: true }) actor!: string | null;
  /** The process holding the job while it runs, and until when; a lease run out lets another process take it. */
  @Column({ type: 'varchar', length: 120, nullable: true }) leaseOwner!: string | null;
  @Column({ type: timestampColumnType(), nullable: true }) leaseUntil!: Date | null;
  /** How many times a process took the job. */
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  /** Set in the apply's own transaction: a job taken again after a crash finds its rows applied and writes nothing. */
  @Column({ type: 'boolean', default: false }) applied!: boolean;
}

/** One problem of a job (at most IMPORT_MAX_STORED_PROBLEMS per job; the rest are counted in the groups). */
@Entity('import_problem')
@Index('idx_import_problem_job', ['jobId', 'id'])
export class ImportProblemEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'integer' }) jobId!: number;
  @Column({ type: 'integer' }) line!: number;
  @Column({ type: 'integer', nullable: true }) column!: number | null;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  /** The cell as it was (at most 100 characters), for the download. */
  @Column({ type: 'varchar', length: 120, nullable: true }) value!: string | null;
  /** JSON of the problem's parameters. */
  @Column({ type: 'text', nullable: true }) params!: string | null;
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
