/**
 * Problems found in the user's data. They are values, not exceptions: the engine carries on and the
 * user sees each one with its cell. Message texts live in the locale files, keyed by `code`.
 */
export type Severity = "error" | "warning" | "info";

export type ProblemCode =
  | "textNumber"
  | "notANumber"
  | "emptyScore"
  | "emptyTotal"
  | "rowWithoutName"
  | "rowWithoutScores"
  | "blankRowInside"
  | "summaryRowSkipped"
  | "pointsRowSkipped"
  | "cityRowSkipped"
  | "printedRankDiffers"
  | "duplicateUnit"
  | "bonusRoleFromData"
  | "unknownBenchmark"
  | "unknownOwnUnit"
  | "levelMismatch"
  | "totalNotExplained"
  | "tableUndecided"
  | "totalDetected"
  | "subtotalIgnored"
  | "totalFromParts"
  | "weightsFromHeader"
  | "repeatedHeaderSkipped"
  | "sheetTooLarge";

export interface Problem {
  readonly sheet: string;
  /** A1 address (or range, "A3:F20") in `sheet`, or "" when the problem is not about cells. */
  readonly cell: string;
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}
