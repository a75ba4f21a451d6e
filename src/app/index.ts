/**
 * Application operations shared by the CLI and the task pane: each reads what it needs from a WorkbookPort,
 * hands it to core, and returns plain data. No Node, no DOM, no Office here.
 */
export { AppError, appErrors, type AppErrorCode } from './errors';
export { loadWorkbook, type LoadedWorkbook, type LoadOptions, type PlanSource, type ProjectSource } from './load';
export { runCheck, readingFindings, gridFromSheets, type CheckOptions, type CheckResult } from './check';
export { summaryOf, type SummaryResult } from './summary';
export { followUpOf, type FollowUpResult } from './followUp';
export { writeTemplate, type TemplateResult } from './template';
