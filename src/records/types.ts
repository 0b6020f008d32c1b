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
// Version 1.1 (see docs/records.md): what a signed report needs.
export type AgencyKind = NonNullable<Agency['kind']>;
export type Indicator = NonNullable<Programme['indicators']>[number];
export type Review = NonNullable<Programme['reviews']>[number];
export type ReviewKind = Review['kind'];
/** A cited document: a bare "41-KH/BDVTU" (version 1) or { number, date, title, issuer }. */
export type DocumentRef = NonNullable<Report['documents']>[number];
export type DocumentCitation = Exclude<DocumentRef, string>;
export type Causes = NonNullable<Evaluation['causes']>;
export type PlanRef = NonNullable<NonNullable<Evaluation['next_year']>['plan']>;

/** The number of a cited document, whichever form it was written in. */
export function documentNumber(ref: DocumentRef): string {
  return typeof ref === 'string' ? ref : ref.number;
}

/** Causes as one list, whether written as a list (version 1) or split objective/subjective. */
export function causeList(causes: Causes | undefined): string[] {
  if (!causes) return [];
  return Array.isArray(causes) ? [...causes] : [...(causes.objective ?? []), ...(causes.subjective ?? [])];
}

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
