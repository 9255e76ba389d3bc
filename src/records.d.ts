// Types of the client-record API (validateClient, anonymizeClient, ...).
// Kept in sync with the Rust types by tests/record_types.rs.

/** HMIS data-quality codes (3.01-3.03): 1 full, 2 approximate/partial, 8 doesn't know, 9 prefers not to answer, 99 not collected. */
export type DataQuality = 1 | 2 | 8 | 9 | 99;
/** RaceNone / GenderNone: 8, 9, 99. */
export type NoneReason = 8 | 9 | 99;
/** A race or gender column: 0 no, 1 yes. */
export type YesNo = 0 | 1;
/** Veteran status (3.07) and sex (4.21): 0, 1, 8, 9, 99. */
export type YesNoReason = 0 | 1 | 8 | 9 | 99;
/** R3 sexual orientation. */
export type SexualOrientation = 1 | 2 | 3 | 4 | 5 | 6 | 8 | 9 | 99;
/** 3.15 relationship to head of household: 1 self (head), 2 child, 3 spouse or partner, 4 other relative, 5 unrelated, 99. */
export type RelationshipToHoH = 1 | 2 | 3 | 4 | 5 | 99;

/** A named free text: a case note, an assessment answer. */
export interface NamedText { name: string; text: string }

/** A client record (HMIS Client.csv elements, camelCase). Unknown fields are kept. */
export interface ClientRecord {
  personalId?: string | null;
  firstName?: string | null;
  middleName?: string | null;
  lastName?: string | null;
  nameSuffix?: string | null;
  nameDataQuality?: DataQuality | null;
  ssn?: string | null;
  ssnDataQuality?: DataQuality | null;
  dob?: string | null;
  dobDataQuality?: DataQuality | null;
  amIndAkNative?: YesNo | null;
  asian?: YesNo | null;
  blackAfAmerican?: YesNo | null;
  hispanicLatinaeo?: YesNo | null;
  midEastNAfrican?: YesNo | null;
  nativeHiPacific?: YesNo | null;
  white?: YesNo | null;
  raceNone?: NoneReason | null;
  additionalRaceEthnicity?: string | null;
  woman?: YesNo | null;
  man?: YesNo | null;
  nonBinary?: YesNo | null;
  culturallySpecific?: YesNo | null;
  transgender?: YesNo | null;
  questioning?: YesNo | null;
  differentIdentity?: YesNo | null;
  genderNone?: NoneReason | null;
  differentIdentityText?: string | null;
  sex?: YesNoReason | null;
  sexualOrientation?: SexualOrientation | null;
  veteranStatus?: YesNoReason | null;
  relationshipToHoH?: RelationshipToHoH | null;
  address?: string | null;
  city?: string | null;
  state?: string | null;
  zip?: string | null;
  phone?: string | null;
  email?: string | null;
  texts?: NamedText[];
  [extra: string]: unknown;
}

/** A household: members, each with relationshipToHoH. */
export interface Household { members: ClientRecord[]; [extra: string]: unknown }

export interface DobPolicy {
  keepTrueYearAtOrBelow: number;
  keepTrueYearAtOrAbove: number;
  earliestBirthYear: number;
}
export interface AnonymousPolicy {
  /** First and last name of anonymous clients ("Anonymous"). */
  name: string;
  nameDataQuality: 2 | 8 | 9 | 99;
  ssnDataQuality: 8 | 9 | 99;
  /** Fields that must be empty, by JS name. */
  mustBeEmpty: string[];
  /** Names of free texts to scan; "*" for all. */
  scanTexts: string[];
}
/** The whole policy, as `defaultPolicy()` returns it. */
export interface Policy { dob: DobPolicy; anonymous: AnonymousPolicy }
/** A policy override: any part may be left out. */
export interface PolicyOverride { dob?: Partial<DobPolicy>; anonymous?: Partial<AnonymousPolicy> }

export type Mode = "anonymous" | "identified";
export interface ValidateOptions {
  mode: Mode;
  /** Reference date, YYYY-MM-DD. */
  asOf: string;
  /** The true DOB (anonymous mode), typed into the helper: compared, never stored. */
  trueDob?: string | null;
  policy?: PolicyOverride;
}

export type IssueCode =
  | "name_not_anonymous" | "must_be_empty" | "name_quality_not_anonymous"
  | "ssn_quality_not_anonymous" | "dob_not_anonymized" | "dob_not_january_first"
  | "dob_quality_not_approximate" | "dob_bracket_changed" | "text_contains_pii"
  | "dob_missing" | "dob_format" | "dob_after_reference" | "dob_too_early"
  | "dob_quality_contradicts" | "code_invalid" | "too_long"
  | "household_no_head" | "household_multiple_heads"
  | "quality_missing" | "name_quality_contradicts" | "ssn_invalid"
  | "ssn_quality_contradicts" | "dob_approximate" | "veteran_under_18"
  | "race_none_with_race" | "gender_none_with_gender"
  | "head_removed" | "remove_not_found" | "household_empty" | "text_needs_review";

/** A problem, as data. */
export interface Issue {
  /** The field, by JS name: "ssn", "members[1].dob", "texts[0]". */
  field: string;
  code: IssueCode;
  severity: "error" | "warning";
  message: string;
  /** The value to set, when computable ("" clears the field). */
  fix?: string | number;
}
export interface Validation { ok: boolean; issues: Issue[] }

export interface AnonymizeOptions { asOf: string; trueDob?: string | null; policy?: PolicyOverride }
/** One changed field. `from` holds the old value, PII included: display only, never store or log. */
export interface Change { field: string; from: unknown; to: unknown }
export interface Anonymized { record: ClientRecord; changes: Change[]; issues: Issue[] }

export interface HouseholdOptions {
  asOf: string;
  /** Client IDs to take out of the household. */
  remove?: string[];
  /** True DOBs by Client ID: used, never stored. */
  trueDobs?: Record<string, string>;
  /** Client ID of the new head if the head is removed. */
  newHead?: string | null;
  policy?: PolicyOverride;
}
export interface AnonymizedHousehold {
  household: Household;
  changes: Change[];
  removed: string[];
  headOfHousehold?: string;
  issues: Issue[];
}

export interface DeidentificationRequest {
  /** Client ID of the client (head of household) the ticket is filed from. */
  clientId: string;
  remove?: string[];
  removeReason?: "dv_perpetrator" | null;
  notesEditable?: boolean;
}
export interface Ticket { summary: string; description: string; reminders: string[] }
export interface TrackingRow { name: string; clientId: string; date?: string | null }

export interface AnonymizedDob {
  dob: string;
  dobDataQuality: 2;
  rule: "keep_true_year_youth" | "keep_true_year_older" | "add_one_year";
  trueAge: number;
  shownAge: number;
  trueBracket: "under 18" | "18-24" | "25-61" | "62 and over";
  shownBracket: "under 18" | "18-24" | "25-61" | "62 and over";
  bracketChanged: boolean;
  viSpdat60Crossed: boolean;
  notes: string[];
}
