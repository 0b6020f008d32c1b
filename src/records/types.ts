import type { Document, LineCounter } from 'yaml';
import type {
  agenciesSchema,
  amendmentSchema,
  evaluationSchema,
  programmeSchema,
  settingsSchema,
  taskSchema,
} from './schema-types.js';

// Record types come from the schemas (schema-types.ts is generated); these are friendly names.
export type AgenciesFile = agenciesSchema.AgenciesFile;
export type Agency = AgenciesFile['agencies'][number];
export type Programme = programmeSchema.Programme;
export type Content = Programme['contents'][number];
export type Task = taskSchema.Task;
export type Schedule = Task['schedule'];
export type ScheduleKind = Schedule['every'];
export type TaskStatus = Task['status'];
export type Report = NonNullable<Task['reports']>[number];
export type ReportState = Report['state'];
export type Evaluation = evaluationSchema.Evaluation;
export type EvaluationResult = NonNullable<Evaluation['results']>[number];
export type Rating = NonNullable<EvaluationResult['rating']>;
export type Amendment = amendmentSchema.Amendment;
export type AmendmentChange = Amendment['changes'][number];
export type Settings = settingsSchema.Settings;

export type RecordKind = 'settings' | 'agencies' | 'programme' | 'task' | 'evaluation' | 'amendment';

/** A parsed YAML file, with what is needed to point back at its lines. */
export interface SourceFile {
  /** Relative to the records root, with / separators. */
  path: string;
  kind: RecordKind;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** A record that passed its schema, with the file it came from. */
export interface Rec<T> {
  source: SourceFile;
  data: T;
}

export interface ProgrammeFolder {
  /** Relative to the root, "" for the root itself. */
  dir: string;
  programme?: Rec<Programme>;
  tasks: Rec<Task>[];
  evaluations: Rec<Evaluation>[];
  amendments: Rec<Amendment>[];
  /** Ids found in task files that failed to load or failed their schema: known, but not checked. */
  brokenTaskIds: Set<string>;
  /** False when any file of the folder failed to load or failed its schema. */
  complete: boolean;
}

export interface Records {
  settings?: Rec<Settings>;
  agencies?: Rec<AgenciesFile>;
  /** Whether agencies.yaml exists at all (it may exist and still fail to load). */
  hasAgenciesFile: boolean;
  programmes: ProgrammeFolder[];
}
