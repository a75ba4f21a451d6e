/**
 * The programme plan: the built-in default (Vestre Toten 2013–2015), its coherence check, area matching,
 * and the Excel tables the plan is kept in on the `Plan` sheet. One import for all three parts.
 */
export * from './planFigures';
export * from './planCheck';
export * from './planTables';
