/** Vurdering: applications scored on weighted criteria, ranked, and simulated against the frames. */
export * from './applications';
export * from './assess';
export * from './board';
export * from './criteria';
export * from './grants';
export * from './output';
export * from './rules';
export * from './sample';
export * from './scoring';
export * from './simulation';
